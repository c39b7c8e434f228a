"""pipeline.evidence: measured outcome changes and stakeholder involvement, read with the real spaCy model."""

from __future__ import annotations

import pytest

from models.nlp import load_nlp
from pipeline.evidence import (
    analyse_entry,
    claim_in_sentence,
    find_claims,
    find_involvement,
    involvement_in_sentence,
    is_magnitude,
    paragraphs,
    parse_sections,
    sentence_facts,
)
from pipeline.rubric import load_rubric
from pipeline.types import Section


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def section(criterion: str, text: str) -> Section:
    return Section(criterion=criterion, heading=None, text=text, word_count=len(text.split()), method="test")


def is_claim(nlp, text: str) -> bool:
    return any(claim_in_sentence(s)[0] for s in nlp(text).sents)


def groups_in(nlp, text: str) -> set[str]:
    found: set[str] = set()
    for sent in nlp(text).sents:
        found |= set(involvement_in_sentence(sent))
    return found


OUTCOME_CHANGES = [
    "Falls per 1,000 occupied bed days fell from 7.2 to 4.1 between April 2022 and March 2023.",
    "The share of patients given antibiotics within an hour rose from 48% to 81%.",
    "Medication errors were down by 55% in the first year.",
    "Complaints that mention 'not listened to' went from 41 in 2022 to 15 in 2023.",  # a quoted "not"
    "Time from arrival to first antibiotic dose was cut from 4 hours to 90 minutes.",
    "Compliance with NEWS2 escalation improved to 95%.",
    "We saw a 38% reduction in cardiac arrests on the pilot wards.",
    "There were 30% fewer falls with harm in the second year.",
    "Average length of stay dropped by 1.2 days.",
    "Checklist completion is now 92%, compared with 40% at baseline.",
    "Patient-experience scores went up from 7.1 to 8.6 out of 10.",
    "Completed safety checklists reached 88% in 2024, against 52% the year before.",
    "In 2022, 9 of 80 discharge letters had no medicines list; in 2024 it was 2 of 95.",  # two dated "N of M"
]
OUTCOME_CHANGES_IN_WORDS = [
    "The rate of pressure ulcers was cut in half.",
    "Emergency readmissions within 30 days halved.",
    "Incident reports increased by a third after the launch.",
    "Category 2 pressure ulcers fell by about a quarter over twelve months.",
    "Reporting of near misses doubled.",
    "Unwitnessed falls declined by two-thirds.",
    "The SPC chart shows a sustained shift below the mean from June onwards.",
    "The run chart showed special cause variation after the second PDSA cycle.",
    "There were zero never events in 18 months compared with 4 the year before.",
    "Our run chart for missed doses has shifted, with 9 points in a row below the old median.",
    "Agency cover cost £30,000 a month before the change; now it is £17,900.",
    "In 2021/22 only 41% of eligible residents were reviewed, and in 2023/24 the figure was 77%.",
]
NOT_OUTCOMES = [
    "Health visitors from the county's 0 to 19 service checked the plan with four families.",  # a range in a name
    "Nurses said the first version of the form was too long, so it was cut down to one page.",  # a form's length
    # a count and a percentage around "before ... after": when the score was taken, not a baseline
    "An audit of 150 patients found that a pain score was recorded both before and thirty minutes after the block in 88% of cases.",
    "By March, all 24 practices had signed up to the scheme.",  # "up to": a phrasal verb
    "Every alert was followed up by a pharmacist within 2 days.",  # "up by": a phrasal verb
    "In 2022/23 the trust had 1,200 beds across 40 wards.",  # financial year, beds, wards
    "We trained 130 nurses in the new approach.",  # activity count
    "The team includes 24 staff from six organisations.",  # headcount
    "The project budget was £250,000 over two years.",  # budget
    "For more information call 01632 960 123 or write to us at SE1 7EH.",  # phone, postcode
    "See page 12 and reference 4 for details.",  # page and reference numbers
    "We aim to reduce falls by 20% by March 2025.",  # target
    "Our target is a 50% reduction in medication errors.",  # target
    "We expect readmissions to fall by a third.",  # expectation
    "Next year we will roll out the tool to a further 12 wards.",  # future plan
    "If adopted nationally, the model could reduce admissions by 10,000 a year.",  # hypothetical
    "We introduced the tool to reduce falls by 20%.",  # purpose, not result
    "Falls did not reduce by more than 2% during the pilot.",  # negated
    "The pilot ran for 18 months on 3 wards.",  # duration, ward count
    "We held 14 workshops between January and March 2023.",  # dates, activity
    "95% of staff said they felt more confident.",  # a level, not a change
    "Staff feedback led to three changes to the layout of the chart.",  # a count of changes
    "The alert fires when a patient's glucose falls below 4 mmol/L.",  # a threshold, not a result
    "In 2022 we trained 130 nurses and in 2023 a further 210.",  # activity counts by year
    "By 2025 we want 90% of wards using the tool, up from 40% planned for 2024.",  # targets by year
    "Compliance was 91% against a target of 95%.",  # a level against a target, not a change
    "The supplier met 88% of requests on time, against a standard of 98%.",  # a standard, not a baseline
    "In six months, 212 raised troponin results triggered a review.",  # "raised" describes the results
    "Patients with reduced kidney function were flagged on 140 scan requests.",  # a state, not a change
    "Volunteers from all six wards came to two workshops in March.",  # an origin and a destination, not from/to
    "Nurses made 300 calls, of which 41 led to a change in treatment and seven to an admission.",  # counts of calls
    "Our review found a patient whose insulin had been doubled by mistake at transfer.",  # an error, not an outcome
    "A man who had been admitted three times had fallen twice on the ward.",  # how often, not by how much
    "In the storm two villages were cut off for four days.",  # isolated, not reduced
    "Over the winter the new system raised 860 alerts.",  # alerts made, not a rise of 860
    "Auditors checked a sample of 50 records against the pharmacy log and found 90% complete.",  # checked against
    "Since the launch 64 families have been given a card and the helpline has taken 310 calls.",  # two different counts
    "The project grew out of a review of three deaths in 2021.",  # where it came from
    "We now have peer workers on shift from 4pm to 4am, seven days a week.",  # times of day, a working shift
    "In its first year the alert was raised 212 times.",  # how often, not by how much
    "Since March, anyone aged 75 or over, or with a frailty score of 5 or more, has a check before they leave.",  # bounds
    "A visit in the afternoon made the difference between a calm patient and one who needed one-to-one nursing.",  # not numbers
    "Of the 28 women who have since given birth, 21 had a plan in place before labour and all 28 were known to the team.",
]


@pytest.mark.parametrize("text", OUTCOME_CHANGES)
def test_evidence_outcome_change_with_numbers_is_a_claim(nlp, text):
    assert is_claim(nlp, text)


@pytest.mark.parametrize("text", OUTCOME_CHANGES_IN_WORDS)
def test_evidence_outcome_change_in_words_is_a_claim(nlp, text):
    assert is_claim(nlp, text)


@pytest.mark.parametrize("text", NOT_OUTCOMES)
def test_evidence_numbers_that_are_not_outcome_changes_are_not_claims(nlp, text):
    assert not is_claim(nlp, text)


def test_evidence_claim_reads_measure_baseline_and_after(nlp):
    sections = {"evidence": section("evidence", "Falls per 1,000 bed days fell from 7.2 to 4.1 over the year.")}
    (claim,) = find_claims(sections, nlp)
    assert claim.criterion == "evidence"
    assert claim.measure == "Falls per 1,000 bed days"
    assert (claim.baseline, claim.after) == ("7.2", "4.1")


def test_evidence_claim_reads_change_and_comparison(nlp):
    text = (
        "Medication errors were down by 55% in the first year.\n"
        "Checklist completion is now 92%, compared with 40% at baseline.\n"
        "We saw a 38% reduction in cardiac arrests."
    )
    claims = find_claims({"evidence": section("evidence", text)}, nlp)
    by_measure = {c.measure: c for c in claims}
    assert by_measure["Medication errors"].change == "55%"
    assert (by_measure["Checklist completion"].baseline, by_measure["Checklist completion"].after) == ("40%", "92%")
    assert by_measure["cardiac arrests"].change == "38% reduction"


NUMBER_KINDS = [
    # (sentence, word, is it a magnitude?): money, ordinals, dates and rate periods are read from the words.
    ("The programme cost £1.2 million over two years.", "million", False),
    ("The programme cost 3,000 pounds a month.", "3,000", False),
    ("It was the 2nd cohort to complete the course.", "2nd", False),
    ("This was the first ward to adopt the bundle.", "first", False),
    ("Detentions fell from 41 a quarter to 19.", "quarter", False),
    ("The pilot ran for 18 months.", "18", False),
    ("Incident reports rose by a third.", "third", True),
    ("Falls fell by 55%.", "55", True),
]


@pytest.mark.parametrize("text, word, magnitude", NUMBER_KINDS)
def test_evidence_number_kinds_are_read_from_the_words_around_them(nlp, text, word, magnitude):
    tok = next(t for t in nlp(text) if t.text == word)
    assert is_magnitude(tok) is magnitude


def test_evidence_rate_period_stays_in_the_value_and_time_is_not_the_measure(nlp):
    text = ("Detentions fell from an average of 41 a quarter in 2021 to 19 a quarter in 2023.\n"
            "Over 15 months, the proportion of staff who felt safe to speak up went up by 9%.")
    claims = find_claims({"evidence": section("evidence", text)}, nlp)
    assert (claims[0].baseline, claims[0].after) == ("an average of 41 a quarter", "19 a quarter")
    assert "month" not in (claims[1].measure or "")


def test_evidence_claims_only_from_requested_criteria(nlp):
    sections = {
        "evidence": section("evidence", "We trained 130 nurses."),
        "value": section("value", "Readmissions halved."),
        "spread": None,
    }
    assert find_claims(sections, nlp, criteria=["evidence"]) == ()
    assert [c.criterion for c in find_claims(sections, nlp)] == ["value"]


def test_evidence_paragraphs_join_wrapped_lines_and_split_blocks():
    text = "Falls fell by a third over\nthe year.\nStaff tested the tool.\n\nCarers co-designed it."
    assert paragraphs(text) == ["Falls fell by a third over the year.", "Staff tested the tool.", "Carers co-designed it."]
    # a PDF block that runs a list's bullets into one line
    assert paragraphs("In 2021:\n• kits came only from us • crews carried none") == [
        "In 2021:", "kits came only from us", "crews carried none"]


INVOLVEMENT = [
    ("Parents attended two workshops and chose the wording of the card.", {"patients"}),
    ("Two staff members sat on the steering group.", {"staff"}),  # "staff members": the people, who sat on it
    ("Four people who had been left with long-term effects of the condition helped write the warning card.", {"patients"}),
    ("The man whose result was missed, and his wife, met with the quality team and asked for results to be phoned "
     "through, which is now our rule.", {"patients"}),
    ("Members of the Kidney Patients' Association rode along on 20 journeys and listed what felt unsafe.", {"patients"}),
    # a run-on clause's negation is not this clause's
    ("A grandmother came to one of our planning meetings and asked who would explain it; we hadn't thought about it.",
     {"patients"}),
    ("Carers were asked for their views on the leaflet.", {"patients"}),
    # the patients are what the managers said of how things are, not people taking part
    ("GP practice managers tested the form and pointed out that many older patients give a landline.", {"staff"}),
    ("Ward sisters have been to every design meeting.", {"staff"}),
    ("Patients and carers co-designed the discharge leaflet with ward nurses.", {"patients", "staff"}),
    # the carers' part; the service's own nurse working beside them is not a staff group taking part
    ("Two carers now help to run the home visits alongside the district nurse.", {"patients"}),
    ("Two mothers met the project team and described the night they were discharged.", {"patients"}),
    ("Transport escorts and drivers told us they could not hear the alarm, so it was changed to one that vibrates.",
     {"staff"}),
    ("Dental assistants at both clinics tested the new checklist for a month.", {"staff"}),
    ("Nurses attended the design workshops that we ran in March and chose the final layout.", {"staff"}),
    ("Birth partners told us they had been left in the corridor, so a chair is now offered in the room.", {"patients"}),
    ("Parents from the family network worked with our dietitians on the meal plan.", {"patients"}),
    ("We interviewed 20 families about their experience of the pathway.", {"patients"}),
    ("Two patient representatives sat on the steering group.", {"patients"}),
    ("A carer co-chaired the project board.", {"patients"}),
    ("Healthwatch Kent reviewed every draft of the app.", {"patients"}),
    ("People with lived experience of sepsis helped shape the campaign.", {"patients"}),
    ("Service users took part in focus groups to refine the design.", {"patients"}),
    ("Feedback from pharmacists led to changes in the prescribing template.", {"staff"}),
    ("Frontline nurses tested the prototype on three wards.", {"staff"}),
    ("We surveyed 300 staff before designing the tool.", {"staff"}),
    ("Porters and HCAs were consulted on the new transfer process.", {"staff"}),
    ("The tool was piloted by midwives at two sites.", {"staff"}),
    ("Staff who tested the approach said it saved them time.", {"staff"}),
    ("When we asked the midwives who trialled it, they said handovers felt calmer.", {"staff"}),
    ("The carers we spoke to afterwards said the leaflet answered their questions.", {"patients"}),
    ("A lived experience group checked every version of the app.", {"patients"}),
    ("Design days involving ward nurses and carers produced the new discharge plan.", {"patients", "staff"}),
    ("Theatre nurses tested the new count board for a month.", {"staff"}),
    ("Ward champions ran their own small tests of change.", {"staff"}),
    ("We were proud to have three stroke survivors on the steering group.", {"patients"}),  # "proud to" happened
    ("Parents came to an evening meeting and asked for a shorter leaflet, which we wrote.", {"patients"}),
    ("Young carers told us the app was too hard to read, so we rewrote every screen.", {"patients"}),
    ("Peer mentors on the unit were consulted about the new medicines round.", {"patients"}),
    ("Prisoners on two wings tested the new medicines request form.", {"patients"}),
    ("The Kingsmere Heart Failure Support Group reviewed the self-care booklet.", {"patients"}),
    ("The work was led by a nurse and a pharmacist from each ward.", {"staff"}),  # two people: a group
    ("Two radiographers and an oncologist tested the new results screen.", {"staff"}),
    ("Ambulance crews told us the form was too long, so we cut it to one page.", {"staff"}),
    ("Senior carers from four nursing homes trialled the new handover sheet.", {"staff"}),  # paid carers
    ("Blind people tested every screen of the booking app with us.", {"patients"}),
    ("Disabled volunteers reviewed the accessible signage before it went up.", {"patients"}),
    ("Members of the Riverside Kidney Patients Group rewrote the dialysis leaflet.", {"patients"}),
    ("It was a grandmother who pointed out that the ward had no quiet room, so we made one.", {"patients"}),
    ("Theatre porters tested the transfer checklist and asked for it to be printed on card.", {"staff"}),
    ("Some of our health visitors piloted the new contact form.", {"staff"}),
    ("Community nurses worked with us on the new wound chart.", {"staff"}),
    ("Feedback was collected from 60 carers and changed the order of the questions.", {"patients"}),
    ("GPs reviewed the draft letter and asked for a shorter version.", {"staff"}),  # "GPs" is tagged as a name
    ("Carers played a big part in the redesign.", {"patients"}),
    ("People who use home dialysis tested the new alarm card.", {"patients"}),  # service users, described
    ("Volunteers, most of whom care for a parent with dementia, wrote the visiting guide.", {"patients"}),
    ("Ward dietitians tested four versions of the menu card over six weeks.", {"staff"}),  # counted drafts: design
    ("Porters and the bed managers reworked the transfer checklist together.", {"staff"}),
    ("We asked parents to test the new app before launch.", {"patients"}),  # asked to take part
    ("Three people who had been admitted to the unit rewrote the welcome pack.", {"patients"}),  # described
    ("Discharge liaison workers suggested a call on the first evening home.", {"staff"}),  # plural job title
    ("Custody officers tested the new medicines card for a month.", {"staff"}),
    ("A woman whose son had been given the wrong dose helped us write the parent leaflet.", {"patients"}),  # family
    ("Our PPG read the new booking letter and asked for larger print.", {"patients"}),  # patient group initials
    ("Parents told us they did not want another form, so we built the check into the first home visit.",
     {"patients"}),  # told us, and we changed the work in answer
    ("The night housekeepers suggested a quieter trolley, and it was bought at their suggestion.", {"staff"}),
    ("Theatre porters flagged that the lift was often full, so transfers now start earlier, which was their idea.",
     {"staff"}),
    ("Mr Hale, who has had heart failure for ten years, tested the scales and chose the larger display.", {"patients"}),
    ("Individuals with lived experience of psychosis were consulted on the wording of the crisis card.", {"patients"}),
    ("The residents' committee picked the colours for the new call bells.", {"patients"}),
    ("Six members of Breathe Out Voices rewrote the inhaler guide.", {"patients"}),  # members of a voices group
    ("Our nans and grandads group tried the sleep video and asked for a section for them, which we added.",
     {"patients"}),
    ("Outpatient department assistants tested the new check-in script for a fortnight.", {"staff"}),
    ("People with lived experience of psychosis, recruited through a local charity, were consulted on the crisis card.",
     {"patients"}),  # a passive verb sharing its subject with another
    ("Four people who had a stroke last year sat on the design group.", {"patients"}),  # described by a condition
    ("The ward clerks moved the booking to the morning, after porters told us the afternoon lifts were full.",
     {"staff"}),  # told us, and the work changed in answer
    ("A man who is housebound himself worked with us on the reminder card.", {"patients"}),
    ("Control room operators pointed out the gap, and they designed the weekly report with us.", {"staff"}),  # operators
    ("We asked patients about the draft, and because of their answers we changed the wording.", {"patients"}),  # it changed
    ("Members of the Marsh Lane Heart Club read the draft and asked for bigger print, which we added.", {"patients"}),
    ("Members of Stroke Survivors Elmbridge tested the card and told us to cut the jargon, so we did.", {"patients"}),
    ("The carers' group looked at the first draft of the leaflet and asked for a map.", {"patients"}),  # looked at a draft
    ("Passengers on the community transport scheme helped us decide what goes on the card.", {"patients"}),
    ("The tenants' forum discussed the checks and asked for them to be called a chat, which we did.", {"patients"}),
    ("Our community health champions tested the leaflet on the estates and told us to add pictures, so we did.",
     {"patients"}),  # volunteers from the community served
    # people named by who they are, and a "who" clause that says they came to harm or were cared for
    ("A cyclist who was injured on the ring road told us the leaflet was too long, so the leaflet now fits one page.",
     {"patients"}),
    ("A retired postman, Mr Len Abbot, who had fractured his hip at home, helped us write the checklist.", {"patients"}),
    ("Deaf adults who use the minor injuries unit tested the video booking service with us.", {"patients"}),
    ("The route was mapped with the help of three climbers who had been rescued from the crags.", {"patients"}),
    # what happened to them, in any passive, or the care they received, needed or went for
    ("Four students who had been robbed on the way home helped us plan where the night bus stops.", {"patients"}),
    ("Two men who had been given the wrong dose at a walk-in centre rewrote the dosing card with us.", {"patients"}),
    ("We held interviews with nine people who had received chemotherapy at home.", {"patients"}),
    ("Six of the campers who had needed stitches the summer before tried the first-aid map for us.", {"patients"}),
    ("Two hikers who had ended up in A&E last summer tested the trail signs with us.",
     {"patients"}),
    ("A kitesurfer with epilepsy checked the wording of the beach safety card with us.", {"patients"}),  # "with" a condition
    ("The medicines checklist was drafted with residents at two of the hostels.", {"patients"}),  # a plural place
    # staff who were the service's patients: cared for, harmed, using the service
    ("Six police officers who had used the service met us twice and rewrote the first text message.", {"patients"}),
    ("Paramedics who had been injured at work were interviewed about what happened, and their accounts changed the "
     "lifting rule.", {"patients"}),
    ("Two porters who had had knee surgery tested the new trolley handles with us.", {"patients"}),
    ("Nurses who had been through the old appraisal process told us it felt like a trial, so we changed it.", {"staff"}),
    ("Three people we had discharged from the ward tested the new leaflet with us.", {"patients"}),  # cared for by us
    # calling a service is using it
    ("Five people who had rung the helpline late at night listened to the recorded greeting and told us it sounded cold, "
     "so we rewrote it.", {"patients"}),
    # "its members" after a patients' group
    ("We went to the town's sight loss society, and its members rewrote the large print letter.", {"patients"}),
    # a request the work took up
    ("The parents' group asked to be rung before each clinic, and this is now part of the booking process.",
     {"patients"}),
    # advisers and supervisors with a clinical word are staff
    ("NHS 111 clinical advisers listened to the recordings and told us the question came too late, so it moved.",
     {"staff"}),
    ("The daughter of a woman who died on the ward helped us rewrite the leaflet.", {"patients"}),  # family of
    ("Ward managers told us they felt ambushed, so the written reply now always explains the context.", {"staff"}),
    ("Nurses said it was too slow, so district nurses and reablement workers redesigned the leaflet together.", {"staff"}),
    ("The council's rota planners suggested that one small team visits each person.", {"staff"}),
    # people described by the medicine they take, or by the ward they are staying on
    ("A man who had been taking temazepam for years suggested turning the plan into a calendar.", {"patients"}),
    ("The privacy notice was tried out by people staying on Larch ward before any sensor went in.", {"patients"}),
    ("Practice pharmacists and students drew up the home visit checklist together.", {"staff"}),
    ("People who draw on care and support helped us rewrite the visit guide.", {"patients"}),  # service users
    ("The coroner's officers and the panel administrator designed the tracker together.", {"staff"}),
    ("Public health analysts suggested grouping reports by theme, and the bulletin is now laid out that way.",
     {"staff"}),
    ("Community matrons asked that the call be made by a nurse who knew the patient, so the call is now made by "
     "the delirium nurse.", {"staff"}),
    # the patient is in what the receptionists suggested, not taking part
    ("Our receptionists suggested that the observations be done before the patient gives their details.", {"staff"}),
    # "X by X" is how they read it, not what they read; reading records to build the tool is work on it
    ("Ward pharmacists reviewed our protocol line by line with the renal team.", {"staff"}),
    ("Midwives reviewed 400 triage calls with us to build the list of warning phrases.", {"staff"}),
    # leaders of a ward, a shift or a room are staff
    ("Shift leaders tried the handover sheet for a month and asked for a bigger box for allergies, which we added.",
     {"staff"}),
    ("The first version of the card was read through by people who have had a stroke.", {"patients"}),
    ("Two GP partners tested the new template before it went live.", {"staff"}),
    # service users named as clients; residents of sheltered housing; people named by a condition
    ("Clients who had their first doses at home told us they wanted one number to ring, so the card now has one.",
     {"patients"}),
    ("Fourteen residents of a sheltered housing scheme tried the hot weather plan and asked for larger print.",
     {"patients"}),
    ("Eight young adults with type 1 diabetes designed the wallet card.", {"patients"}),
    ("Members of the Harrowby Hearing Loss Society tested three versions of the appointment letter.", {"patients"}),
    ("Heart club members changed the script after the first rehearsal.", {"patients"}),
    # a team named by its department
    ("The radiology booking team suggested sending the reminder a week earlier, which we did.", {"staff"}),
    # a relative who met staff and told them: her part, not theirs
    ("The son of a patient met our ward managers and told us the call had come too late, so it now comes a day "
     "earlier.", {"patients"}),
    ("Two carers sat on the steering group.", {"patients"}),
    ("Liver transplant recipients tested the new app before it went live.", {"patients"}),
    # what the staff proposed doing to patients is the staff's part, not the patients'
    ("Practice managers suggested inviting patients by text rather than letter.", {"staff"}),
    # a quoted title is not the sentence's clause: the parser may hang the sentence on its verb
    ("We tested the 'when to ring' cards with a group of fathers, and they changed the wording.", {"patients"}),
    # staff named by a specialty or a job the plain staff words miss
    ("The glaucoma nurse specialists redesigned the discharge conversation and wrote a checklist for it.", {"staff"}),
    ("Health records administrators pointed out that letters would be ignored and suggested a phone call instead.",
     {"staff"}),
    ("The trust's software developers sat in clinic for a morning and changed the letter template.", {"staff"}),
]
# "they" later in a sentence stands for the one group named as a subject before it
SAME_SENTENCE_PRONOUN = [
    ("Ward nurses told us that discharge letters were hard to read, so they helped us write two new questions.",
     {"staff"}),
    ("Care co-ordinators said that letters were being filed unread, and they designed the red box with us.",
     {"staff"}),
]
NOT_INVOLVEMENT = [
    # a "who" clause about the work done to them, not what happened to them
    "Three volunteers who had been trained by the charity handed out the leaflet at the station.",
    "The specialist nurse for vulnerable groups wrote the referral checklist.",  # a population, not a group that met
    "The evening classes are run by people who are used to working with beginners.",  # "used to": no passive
    "We surveyed 200 parents about the new booking letter, and the letter continued as it was.",  # nothing changed
    "The panel agreed the rules for who should be seen first, who needed a review and who could wait.",
    "Student paramedics who had been assaulted on placement were offered counselling.",
    "We went to the town's sports club, and its members were sent the leaflet.",
    # a session or module completed is one taught
    "Care staff in every home completed a two-hour session on soft signs, and home managers were briefed at the network.",
    "Porters completed an online module on moving and handling.",
    "All 60 district nurses have had a one-hour session on the new chart.",
    "We asked eight carers whether they would join the review panel, and every one of them declined.",
    "Some 200 care workers have been to one of our sessions.",
    "We opened cohort bays with a member of staff always present.",  # presence, not participation
    "Our three aims: spot risk sooner, act faster and involve carers throughout.",
    "Involve families from the start and listen to frontline nurses.",
    "Patients benefited from faster treatment.",  # beneficiaries
    "The new pathway delivers safer care for patients.",  # beneficiaries
    "Patient safety improved across the trust.",  # "patient" as a modifier
    "We plan to invite a carer onto the board next year.",  # intention
    "We intend to ask the local Breathe Easy support group to review the leaflet in 2025.",  # intention
    "Patients are asleep for the part of their care that this project changed.",  # "part" of their care
    "Each patient is asked for a phone number when a blood sample is taken.",  # details taken in care
    "A mother attends with injuries she says came from a fall.",  # came for care
    "Every patient gave consent before their insulin was delegated.",  # care
    "The family of a man who died in a fire were told about the campaign before it launched.",  # told
    "Patients who carry CPE are told about their result by the nurses, and are given a letter and a card.",  # told, given
    "Patients who needed revaccination were written to by their practice.",  # told by letter
    "The weekly meeting led to 23 consultations with the children's social care front door.",  # a service's name
    "Families are kept informed by their liaison contact and are offered a meeting to go through the findings.",
    "All crew members completed a three-day moving and handling course.",  # trained; "members" of no group
    "We will involve patients in the next phase.",  # future
    "Strengthening patient involvement is a priority for next year.",  # aim
    "Patients were not involved in the design.",  # negation
    "We did not consult staff before the launch.",  # negation
    "Stakeholders and partners were engaged throughout.",  # no one named
    "We trained 130 nurses in the new approach.",  # trained, not involved
    "All staff received a copy of the guidance.",  # received something
    "The checklist helps nurses spot deterioration earlier.",  # beneficiaries
    "Staff survey scores improved by 12%.",  # an outcome measure
    "Patients on the unit are observed hourly with the new score.",  # care done to patients
    "Every child was assessed by a dietitian within a day.",  # care done to patients
    "Errors involving patients on insulin halved.",  # people mentioned by a thing
    "Our pharmacists checked 2,000 prescriptions in the first quarter.",  # clinical routine
    "Each case is now reviewed by a consultant microbiologist.",  # clinical routine
    "Next month: a patient reference group planned on the discharge letters.",  # a plan, in note form
    "The programme was led by our consultant geriatrician and falls lead, Dr Ama Owusu.",  # one lead, not a group
    "The service raised 900 alerts, and 92% were reviewed by a nurse within the hour.",  # counted routine work
    "The named nurse for safeguarding children joined the hub's operational group.",  # children: a job title
    "Staff supporting patients at home completed the course.",  # patients: what the staff support
    "Patients tell us they feel less anxious about going home.",  # an outcome, changed nothing
    "Mothers told us they had felt unheard long before anyone acted.",  # experience, not a part in the work
    "Our lead pharmacist presented the results at the national conference.",  # one person telling others
    "Our matron has spoken about the project at the regional safety network.",  # one person, at a network
    "Residents who fall at night are now helped up by our crews within the hour.",  # care given
    "The clinic is staffed by a nurse and a GP one session a week.",  # delivering the service
    "Ward nurses attended a half-day training session on the new chart.",  # trained, not taking part
    "Health visitors on the pilot sites were trained to use the new form.",  # taught; "pilot" names the site
    "We shared the evaluation with the regional pharmacists' network.",  # an audience
    "The results were presented to the district nurses forum in May.",  # an audience
    "Family members were given a leaflet on the day of discharge.",  # relatives given something
    "One father wrote: 'nobody told us anything for three days.'",  # a quotation, not writing for the project
    "In the survey, nurses who said they felt confident rose from 40% to 75%.",  # survey respondents
    "Every referral was reviewed by the trust's safeguarding lead.",  # one person's job
    "The training was given by a specialist nurse from the hospice.",  # one person's job
    "The change has made life easier for staff who work at both hospitals.",  # where people work
    "All concerns raised received a reply from a matron within a week.",  # a reply, not input gathered
    "We added weekend visits by community nurses to the service.",  # "by" on an active verb: not an agent
    "The pharmacist gives each patient a wallet card.",  # one person's job
    "Paramedics agree a care plan with the patient and their family.",  # care planning, not the project
    "Two hundred nurses watched the film as part of their annual training.",  # taught
    "Our clinical lead is a consultant geriatrician who approved every plan.",  # one person's job
    "Clinics run on weekdays. Housebound patients reviewed at home by the district nurse.",  # note form, passive
    "Firefighters or community safety advocates visit within 14 days and fit smoke alarms.",  # a job title
    "Twelve children attended the emergency department after a dosing error.",  # care, not taking part
    "Pharmacists ask each parent to draw up the dose in front of them.",  # an instruction in care
    "The pathway was presented at the network's annual meeting, attended by 90 pharmacists.",  # an audience
    "The charity has run carers' groups in the town for ten years.",  # a group that exists
    "We surveyed 60 patients about the leaflet; no changes were needed.",  # changed nothing
    "Patients who developed MRSA were isolated.",  # a condition developed
    "Our patient panel was shown the finished app in June.",  # told, not taking part
    "The checklist was designed by our theatre lead, Dr Ama Boateng.",  # one named lead
    "The pathway was designed by our stroke lead, Mr Tom Hale, consultant physician.",  # one named lead
    "Eight nurses did a one-hour session run by the hospice.",  # taught by someone else
    "Our paramedics attend 300 calls a month from the three care homes.",  # care: calls attended
    "Most of the patients our crews attend are over 80.",  # care: patients attended
    "Every resident on the list is discussed by name at the weekly huddle.",  # talked about
    "The ward receives children from the whole region.",  # care: patients received
    "The team agrees a discharge date with the family within two days.",  # care planning
    "Ward nurses raised several points about the form; it stayed as it was.",  # changed nothing
    "Referrals after a consultant discussion increased from 12% to 20%.",  # a measure, not a discussion held
    "Community nurses and council care workers now use the new screen.",  # a council employs them
    "The clinic was set up by Dr Ruth Amadi, consultant haematologist, who still chairs the meeting.",  # one named lead
    "All 30 link workers completed a one-day safeguarding awareness course.",  # taught
    "Every midwife in the unit attended our bleeding training, and they loved it.",  # taught
    "Carers have asked for a bigger role in the ward meetings.",  # asking to take part, not yet taking it
    "Voices Together is a charity run by people who have used mental health services.",  # what a group is
    "The delay harms two groups of patients at once.",  # a category of people
    "Patients have benefited wherever in the Health Board they are seen.",  # an organisation's name
    "From a staff perspective, the new rota is simpler.",  # a point of view
    "Northby Hospital, which uses a different supplier, is building its own link.",  # a hospital, not a person
    "Dr Rao, who has had a long career in anaesthesia, chaired the review.",  # one named lead with a career
    "A patient reference group is to be set up for the second phase.",  # planned
    "Incidents involving dialysis patients fell from 30 to 12 a year.",  # a measure
    "Calls attended by our crews where a child was hurt fell from 40 to 25.",  # care: calls attended
    "Our lead diabetes nurse, Priya Shah, wrote the insulin guide.",  # one named person
    "We plan to co-design the next leaflet with the Maternity Voices Partnership in 2026.",  # a plan
    "We invited the local carers' forum to take part, but it was not possible to arrange a meeting.",  # came to nothing
    "Council reablement carers are on the same rota as our district nurses, which helps.",  # a rota, not taking part
    "We considered involving patients in the design but decided the tool was for prescribers.",  # considered only
    "Our patient safety partners received the final protocol for information.",  # informed
    "Our nurses run a 24-hour advice line for families.",  # the service, not the project
    "We surveyed ward staff after a year; most were happy and we did not change anything.",  # changed nothing
    "We asked parents what they thought of the leaflet and left it as it was.",  # changed nothing
    "The new poster was shown to the patient participation group at its spring meeting.",  # told
    "The finished pathway was presented to the carers' forum in March.",  # told
    "The community nurses took on the extra calls as part of their usual role.",  # their job
    "We asked carers for comments on the card; they liked it, and nothing in the wording was changed.",  # changed nothing
    "The trust is recruiting two patient representatives for the steering group.",  # not there yet
    "The clinic is run by the consultant nephrologist and the lead renal nurse, who wrote the new protocol.",  # its leads
    "The key drivers of harm were mapped in the first month.",  # drivers of a problem, not people
    "Ward nurses attended teaching sessions on the checklist, given by our nurse specialists.",  # taught
    "Children in the schools took part in talks where the hand-washing song was taught.",  # taught
    "A note of how the patient prefers to be tested is kept.",  # tested: done to them
    "Recipients of the newsletter read about the new app.",  # readers, not patients
    "Community pharmacists in the LPC network completed an e-learning module on the new medicines.",  # taught
    "Fire officers attended a training session given by our nurses on oxygen equipment.",  # teaching is the job
    "We sent a questionnaire to patients on the ward, and as most replies were good we did not change the booklet.",  # changed nothing
    "Pharmacy staff were surveyed after three months and the results were good, so we did not make any changes.",  # changed nothing
    "Relatives are sent a letter on admission and are given a visiting card.",  # sent and given things
    "Our lay member on the safety committee has been kept informed throughout.",  # kept informed
    "Patients are told about the service at registration and asked for consent to share their record.",  # told, consent
    "Carers, who are no longer asked to repeat their story, say the service is calmer.",  # "no longer": negated
    "The proportion of carers who said they knew who to call rose from 30% to 70%.",  # who a measure counted
    "We would like to speak to the family about their experience if they agree.",  # a wish
    "More parents heard about the clinic from their health visitor rather than from friends.",  # rather than
    "We asked carers about the new card and they liked it, so we did not make changes.",  # changed nothing
    "The worst outbreak involved 23 residents and four members of staff.",  # who an outbreak happened to
    "Complaints in 2023 included relatives waiting hours for a call back.",  # who complaints were about
    "Our consultant cardiologist leads the service and chairs the weekly meeting.",  # one lead's job
    "We look forward to carers joining the group next year.",  # a hope
    "The practice's patient participation group was updated on the project in May.",  # told
    "School nurses delivered the sessions in every secondary school.",  # running the programme is the job
    "A weekly huddle brings together the ward teams, the patient flow team and the porters.",  # a staff team
    "The new card was presented to members of the Riverside Heart Club at their summer meeting.",  # an audience
    "Members of the stroke survivors' group were shown the finished app at their annual meeting.",  # an audience
    "Young people at the drop-in were invited to a design day but chose not to take part.",  # declined
    "The admission form now asks the young person directly.",  # a question in care
    "A man who fell at home was helped up by our crews and seen by the falls team the next day.",  # care
    "Next year we will set up a panel with older care leavers.",  # a plan
    "Head teachers were briefed at the head teachers' forum in March.",  # where they were told
    "The Westmoor Parent Carer Forum endorsed the booklet and sent it to its members.",  # an organisation agreeing
    "Each medication review includes a conversation with the patient about their medicines.",  # care
    "Parents were interviewed by environmental health officers as part of the outbreak investigation.",  # care
    "When an error reaches a patient, the pharmacy contacts the patient and writes to apologise.",  # the pharmacy writes
    "The protocol was written by Jane Morley, the practice's lead pharmacist.",  # one named person
    "The pathway was designed by the council's lead for adult social care, Dr Ann Bell.",  # one named person
    "Two members of the group, both retired nurses, now volunteer on the ward.",  # not the services' staff
    "No carers or relatives sat on the project board.",  # the negation covers both
    "We demonstrated the new app to the practice's patient group at its spring meeting.",  # an audience
    "We asked 200 callers about the service, and most liked it, so we kept things as they were.",  # nothing changed
    "The scheme is designed to protect the most frail residents in the borough.",  # who it is for
    "GPs told us about a man with dementia whose wife gave up trying to get through on the phone.",  # a story
    "Drivers who work on the night rota have completed a two-day first aid course.",  # taught
    "The procedure was written by our lead midwife for safeguarding, Anna Berg, and approved by the board.",  # one person
    "The ambulance trust agreed to take part in the pilot and the council agreed to fund it.",  # organisations agreeing
    "Young people and their families are the focus of this service.",  # who it is for
    "The patient participation group heard about the project at its spring meeting.",  # told
    "The families of the two people who died were written to by the trust.",  # told
    "Patients are asked at admission which pharmacy they use.",  # a question of their care
    "We asked 120 patients whether they minded the questions, and almost all said no, so the questions stayed as they were.",
    "Our carer support workers run the sessions on Tuesdays.",  # running the programme is the job
    "Two cases were discussed at the meeting: a woman with dementia who was still on three blood pressure tablets.",
    "Practice nurses were invited to a webinar on screening for trans patients.",  # an audience
    "The letter that the coroner's officers now give to families was written last year.",  # handing it out is the job
    "Pharmacists and pharmacy staff took part in the drills as part of their annual training.",  # taught
    # one person in a post doing what the post is for
    "The designated nurse for looked-after children wrote the referral process and checks it every quarter.",
    "Dr Kaur, the GP partner for prescribing, approved the search wording as part of her role.",
    # a job the staff were given, not a part in the work
    "Since last year the practices have asked their pharmacy technicians to act as medicines coordinators.",
    # people a list selected, not people it involved
    "The search was rewritten because of the patients it had wrongly included.",
    "Patients read the leaflet while they waited.",  # reading it is receiving it
    "Ward nurses were trained in working with British Sign Language interpreters.",  # what they were taught
    "Practice nurses now share the leaflet with people on their lists.",  # handing it out
    "Every patient given a new alert is sent a letter explaining what it means.",  # "given" read as a preposition
    "Examples included a woman with dementia who was found wandering in the car park.",  # a case, not a part
    "The Lowbridge Carers' Forum agreed to support the scheme and paid for the printing.",  # backing it
    "The checks cover the rooms where residents sit or sleep next to a heater.",  # sitting, not sitting on a group
    "Our checklist follows the national guidance on sepsis, which was developed with survivors.",  # others' work
]


def test_evidence_members_count_as_patients_when_the_entry_says_who_they_are(nlp):
    """A patient organisation's "members" are patients once the entry says so; otherwise they are not."""
    said = "The charity has 300 members, all of whom live with Parkinson's. Our members rewrote the discharge booklet."
    found = find_involvement({"stakeholders": section("stakeholders", said)}, nlp)
    assert [i.group for i in found] == ["patients"]
    unsaid = "The board has 12 members. Our members approved the discharge booklet."
    assert find_involvement({"stakeholders": section("stakeholders", unsaid)}, nlp) == ()


def test_evidence_carers_are_staff_when_the_entry_says_they_are_paid(nlp):
    """In a home-care entry "carers" are the care workers; once a carer is marked as family, they are not."""
    paid = ("Our home care workers visit 400 people a day. "
            "Carers chose the photographs for the skin check after trying three versions.")
    found = find_involvement({"stakeholders": section("stakeholders", paid)}, nlp)
    assert [i.group for i in found] == ["staff"]
    family = ("Our home care workers visit 400 people a day. Family carers are often there too. "
              "Carers chose the photographs for the skin check after trying three versions.")
    found = find_involvement({"stakeholders": section("stakeholders", family)}, nlp)
    assert [i.group for i in found] == ["patients"]


@pytest.mark.parametrize(("text", "groups"), INVOLVEMENT)
def test_evidence_people_taking_part_is_involvement(nlp, text, groups):
    assert groups_in(nlp, text) == groups


@pytest.mark.parametrize(("text", "groups"), SAME_SENTENCE_PRONOUN)
def test_evidence_they_later_in_the_sentence_is_the_group_named_as_subject(nlp, text, groups):
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert set().union(*(f.rule for f in facts)) == groups


def test_evidence_views_with_nothing_changed_in_the_next_sentence_had_no_part(nlp):
    """Views gathered in one sentence and "no changes" in the next, in one paragraph, are no part;
    in separate paragraphs the next sentence is about something else."""
    asked = "We asked families who had used the service to fill in a short survey."
    unchanged = "All who replied rated it good or excellent, and no changes were needed."
    facts = sentence_facts({"stakeholders": [nlp(f"{asked} {unchanged}")]})
    assert [set(f.rule) for f in facts] == [set(), set()]
    assert all("patients" in f.unrealised for f in facts)
    facts = sentence_facts({"stakeholders": [nlp(asked), nlp(unchanged)]})
    assert set(facts[0].rule) == {"patients"}


@pytest.mark.parametrize(("text", "group"), [
    ("The families of the two people who died were written to by the trust.", "patients"),
    ("The patient participation group heard about the project at its spring meeting.", "patients"),
    ("We asked 120 patients whether they minded the questions, and most said they did not, so the questions stayed as "
     "they were.", "patients"),
])
def test_evidence_people_only_told_or_heard_with_nothing_changed_had_no_part(nlp, text, group):
    # Recorded as no part, which the involvement model may not overrule.
    unrealised: set[str] = set()
    sent = next(iter(nlp(text).sents))
    assert involvement_in_sentence(sent, unrealised=unrealised) == {}
    assert group in unrealised


@pytest.mark.parametrize("text", NOT_INVOLVEMENT)
def test_evidence_beneficiaries_intentions_negations_are_not_involvement(nlp, text):
    assert groups_in(nlp, text) == set()


def test_evidence_involvement_lists_named_section_first_and_records_where(nlp):
    sections = {
        "context": section("context", "Nurses tested the first version on two wards."),
        "stakeholders": section("stakeholders", "Carers co-designed the leaflet. Patients benefited."),
    }
    found = find_involvement(sections, nlp, first=("stakeholders",))
    assert [(i.group, i.criterion) for i in found] == [("patients", "stakeholders"), ("staff", "context")]


def test_evidence_analyse_entry_parses_once_and_returns_both(nlp):
    rubric = load_rubric()
    sections = {c: None for c in rubric.criterion_ids}
    sections["evidence"] = section("evidence", "Falls halved. We trained 130 nurses.")
    sections["stakeholders"] = section("stakeholders", "Ward nurses and carers co-designed the tool.")
    claims, involvement = analyse_entry(sections, nlp, rubric)
    assert [c.sentence for c in claims] == ["Falls halved."]
    assert {i.group for i in involvement} == {"patients", "staff"}
    docs = parse_sections(sections, nlp)
    assert set(docs) == {"evidence", "stakeholders"}


@pytest.mark.parametrize(("text", "groups"), [
    ("Six carers from the hospice group tested the leaflet in March. They asked for larger print, which we added.",
     [{"patients"}, {"patients"}]),
    ("Two fathers from the neonatal unit reviewed the draft. Their comments were built into version two.",
     [{"patients"}, {"patients"}]),
    # not carried over to staff groups (see pipeline.evidence._PRONOUNS)
    ("Staff on three wards piloted the tool. Their suggestions were built into version two.", [{"staff"}, set()]),
    # the pronoun is told about, trained or cared for: no part in the work, whoever it stands for
    ("Ward nurses were trained on the new chart. They said it was easy to use.", [set(), set()]),
    ("Patients benefit from the new pathway. They are seen within two days.", [set(), set()]),
    # two groups before: the pronoun could be either, so it is left alone
    ("Patients and nurses were shown the finished app. They asked for a larger font, which we added.", [set(), set()]),
])
def test_evidence_pronoun_stands_for_the_one_group_named_just_before(nlp, text, groups):
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert [set(f.rule) for f in facts] == groups


@pytest.mark.parametrize(("served", "later", "groups"), [
    # the entry says who its service is for, in its own words; the same word later names patients
    ("By March, 2,300 cyclists had been screened at the three events.",
     "Eight cyclists tested the new route card and told us which junctions to mark, so we redrew it.", {"patients"}),
    ("The service is for walkers with heart conditions who join the rambling groups.",
     "Walkers from two clubs rewrote the emergency card in plain words.", {"patients"}),
    # the entry says what its own word means, even a name's plural
    ("Our Shore Ambassadors are volunteers who have recovered from a stroke.",
     "Four ambassadors tested the new discharge card and asked for bigger print, which we added.", {"patients"}),
    # a staff word stays staff: one firefighter treated is not every firefighter a patient
    ("Firefighters who had been treated for cancer spoke at the launch.",
     "Firefighters redesigned the decontamination checklist.", {"staff"}),
])
def test_evidence_the_people_an_entry_serves_are_patients_wherever_it_names_them(nlp, served, later, groups):
    docs = {"context": [nlp(served)], "stakeholders": [nlp(later)]}
    facts = [f for f in sentence_facts(docs, first=("stakeholders",)) if f.criterion == "stakeholders"]
    assert set(facts[0].rule) == groups
    # without the sentence that says who is served, the word names nobody in particular
    alone = sentence_facts({"stakeholders": [nlp(later)]})
    assert set(alone[0].rule) == (groups if groups == {"staff"} else set())


@pytest.mark.parametrize(("text", "groups"), [
    # trying something out is testing it; trying to do something is an aim
    ("A carers' group tried out the new pill organiser for a month.", {"patients"}),
    ("We tried to recruit carers to the panel.", set()),
    # the people a service is for, named by what its staff do for them, with or without "who"
    ("We asked the men we support what the letters should say, and rewrote them in their words.", {"patients"}),
    ("The people we serve helped choose the new wording.", {"patients"}),
    ("People who were serving prison sentences reviewed the health leaflet and changed its wording.", {"patients"}),
    ("Men serving community orders tested the new booking card.", {"patients"}),
])
def test_evidence_people_served_and_things_tried_out(nlp, text, groups):
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert set(facts[0].rule) == groups


@pytest.mark.parametrize(("text", "group"), [
    ("No one consulted the carers before the change.", "patients"),
    ("None of the carers we invited came to the workshop.", "patients"),
    ("The families who benefited most were those living furthest from the hospital.", "patients"),
    ("A Healthwatch volunteer attended the launch in May.", "patients"),
    ("Carers came to the celebration event at the town hall.", "patients"),
])
def test_evidence_nobody_beneficiaries_and_audiences_had_no_part(nlp, text, group):
    """Recorded as no part, which the involvement model may not overrule."""
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert facts[0].rule == frozenset() and group in facts[0].unrealised


def test_evidence_nobody_in_one_clause_leaves_the_others(nlp):
    """A sentence that says nobody did it vetoes a pronoun read from the sentence before, and only its own clause."""
    facts = sentence_facts({"stakeholders": [nlp("Patients told us the letters frightened them. Nobody had asked them before.")]})
    assert facts[1].rule == frozenset() and {"patients", "staff"} <= facts[1].unrealised
    facts = sentence_facts({"stakeholders": [nlp("Nobody on the ward had seen the form before nurses tested it.")]})
    assert set(facts[0].rule) == {"staff"}


def test_evidence_served_people_are_not_the_name_of_a_service(nlp):
    docs = {"context": [nlp("We reviewed the care of adults who had been discharged from the unit.")],
            "stakeholders": [nlp("The safeguarding adults board reviewed the findings in June.")]}
    facts = [f for f in sentence_facts(docs) if f.criterion == "stakeholders"]
    assert facts[0].rule == frozenset()


def test_evidence_a_named_patients_panel_takes_part_when_its_name_is_plural(nlp):
    """spaCy does not lemmatise a name's plural ("Partners"), which hid the patients in the name."""
    text = "The Northfold Cancer Patient Partners reviewed every draft of the letter and rewrote the opening."
    assert groups_in(nlp, text) == {"patients"}


@pytest.mark.parametrize("text", [
    "We surveyed 90 members of the walking club, and their answers did not lead us to change anything.",
    "We asked students on our caseload about the clinic and, as the answers were positive, we have not made changes.",
])
def test_evidence_views_that_changed_nothing_are_no_part_in_other_words(nlp, text):
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert facts[0].rule == frozenset() and facts[0].unrealised == {"patients", "staff"}


@pytest.mark.parametrize(("text", "claim"), [
    ("Ward managers tested the checklist and cut it down to five questions.", False),
    ("The referral form was shortened to four fields.", False),
    ("Care home staff dropped two steps from the handover, which now has three.", False),
    # the same change words on an outcome are still claims
    ("Missed doses were cut from 40 to 12 a week.", True),
    ("Calls to the helpline fell by a third.", True),
])
def test_evidence_a_form_made_shorter_is_no_outcome(nlp, text, claim):
    assert is_claim(nlp, text) is claim


@pytest.mark.parametrize(("text", "claim"), [
    # how much the work did or covered, counted before and after, is no outcome
    ("The respiratory team saw 410 people at home last winter, compared with 95 the winter before.", False),
    ("The clinic treated 600 women in 2024, up from 220 in 2023.", False),
    ("The shared formulary has grown to forty-one products.", False),
    ("Our network of trained pharmacies expanded to 28.", False),
    ("Our home oxygen programme has grown from 20 patients in 2021 to 65 in 2024.", False),
    # the same figures on what happened to people are claims
    ("Admissions for asthma fell from 410 to 260 compared with the winter before.", True),
    ("Falls with harm were 31 in 2024, compared with 58 in 2023.", True),
])
def test_evidence_activity_and_reach_counted_twice_are_no_outcome(nlp, text, claim):
    assert is_claim(nlp, text) is claim


@pytest.mark.parametrize(("text", "group"), [
    ("Every woman is asked the question at each antenatal visit.", "patients"),  # a step of everyone's care
    ("A porter who had found the older woman on the stairs helped rewrite the escort rule.", "patients"),  # found, no part
])
def test_evidence_people_asked_in_routine_care_or_acted_on_had_no_part(nlp, text, group):
    facts = sentence_facts({"stakeholders": [nlp(text)]})
    assert group not in facts[0].rule and group in facts[0].unrealised
