"""Fifty-first independent evaluation set (I801..I816) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body (the UK Health Security Agency) named as a lead or partner.  The
entries are meant to be ordinary: the kind of thing health protection teams, council
public health and environmental health teams, pathology networks, local pharmaceutical
committees, GP federations, primary care networks, universities, integrated care boards,
acute and community trusts, charities and the odd private company send in, in their own
voices and at their own length.  The theme of this set is infection prevention, sepsis,
antimicrobial stewardship, vaccination and screening programmes, with public health
teams, laboratories, community pharmacies and the voluntary sector.

Topics: Legionnaires' disease from hot tubs at holiday lets (a UKHSA health protection
team as lead, own headings), whooping cough vaccination in pregnancy given in community
pharmacies (a local pharmaceutical committee, bold headings with a cover table), people
without a working spleen and their vaccines, standby antibiotics and alert flags (a GP
federation, no headings, long), rapid strep A tests for sore throats in community
pharmacies (a university lead, two columns), positive blood cultures from patients at
home passed to a clinician out of hours (a pathology network hosted by an acute trust, a
form), latent TB testing for people newly arrived from abroad (an integrated care board,
CAPS headings), opt-out HIV and hepatitis testing in the emergency department (an acute
trust, rubric headings, no stakeholders section), infections from tattoos, piercings and
other skin-piercing treatments (a council public health and regulatory team, lists), mpox
vaccination taken out to bars, saunas and community venues (an LGBT+ health charity, a
pdf made from Word), E. coli O157 in children visiting open farms (a district council
environmental health service, numbered questions), online prescribing of antibiotics for
urinary tract infections (a private online doctor company as primary entrant, numbered
questions), Pseudomonas in taps and sinks on a neonatal unit (departments of one trust,
no partner, style headings), live vaccines given to people whose immunity is suppressed
(a primary care network, a short form), syphilis screening in pregnancy followed through
to treated partners (an acute trust maternity screening service, sections in an unusual
order, no value section), follow-up calls for sepsis survivors (a sepsis charity, with
appendix) and antibiotics for toothache (a private dental group as primary entrant,
short lists).

Lead types and layouts: I801 public_other (UKHSA), pdf own_headings; I802 primary_care
(LPC), docx bold_headings with a cover table; I803 primary_care (GP federation), docx
no_headings; I804 university, pdf two_column; I805 nhs_trust (pathology network host), docx
form_table; I806 icb, pdf caps_headings; I807 nhs_trust (acute), docx rubric_headings;
I808 local_authority, pdf bullet_lists; I809 charity (LGBT+ health), pdf style_headings
via soffice; I810 local_authority (district council), docx numbered_questions; I811
private, pdf numbered_questions; I812 nhs_trust (no partner), docx style_headings; I813
primary_care (PCN), pdf form_table; I814 nhs_trust (maternity), docx reordered; I815
charity (sepsis), pdf with_appendix; I816 private, docx bullet_lists.

Flags: no_patient_involvement I801, I805, I810, I812, I816; no_staff_involvement I804,
I809, I811, I815; no_quantitative_evidence I806, I809, I813; ineligible I811 (private
lead), I812 (no partner), I816 (private lead); missing_section I807 (stakeholders, with
patient and staff involvement told in the context and evidence sections) and I814
(value).

Build it with

    .venv/bin/python data/independent/build.py --set 51   (writes data/corpus/independent51/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved', 'a third fewer' or a
                   sustained shift on an SPC chart)
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, inspections, samples,
    vaccinations, tests, people screened or identified), single figures with no baseline,
    a zero with no earlier figure, figures that did not change, budgets, costs and
    savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a measured change placed only in the value
    section still leaves the flag set;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told (context, evidence or value
    as well as the stakeholders section); a peer worker with lived experience, employed
    by a partner or the lead, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, cases or
    parents interviewed as part of an outbreak investigation, plans and intentions,
    negations, unnamed 'stakeholders', organisations agreeing, approving or funding, a
    single named lead doing their job, staff delivering the service, evaluators,
    audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed, feedback on experience that changed
    nothing.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, GP out-of-hours services, primary care
networks and local pharmaceutical committees are primary_care; patients' and maternity
voices groups are patient_group; hospices, refugee, LGBT+, youth, HIV and sepsis charities
are charity; national public bodies such as the UK Health Security Agency are
public_other; a university is university; online doctor companies and dental groups are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I801  Legionnaires' disease from hot tubs at holiday lets - pdf - own
#       headings - UKHSA consultant in health protection, measured - UKHSA
#       health protection team as lead with two district councils'
#       environmental health and the hospital microbiology laboratory - staff
#       involved - NO patient involvement (cases interviewed for the
#       investigation, a survivor kept informed and sent the report, owners
#       sent guidance, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I801", format="pdf", layout="own_headings", topic="legionella_hot_tubs_holiday_lets",
    project="independent51-bubblesandbugs-801", pdf_font="LiberationSans", pdf_align="L",
    title="Bubbles and Bugs: finding and closing the hot tubs behind Legionnaires' disease in the Wendle Valley",
    cover=[
        "Lead organisation: UK Health Security Agency, Wendle and Marsh Health Protection Team",
        "Partners: Wendle District Council (Environmental Health); Harrowmoor District Council (Environmental Health); Wendle Valley Hospitals NHS Trust (Microbiology Laboratory)",
        "Written by a Consultant in Health Protection",
    ],
    primary_entrant=dict(name="UK Health Security Agency", type="public_other"),
    partners=[
        dict(name="Wendle District Council", type="local_authority"),
        dict(name="Harrowmoor District Council", type="local_authority"),
        dict(name="Wendle Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What we were dealing with", """
Legionnaires' disease is a severe pneumonia caused by Legionella bacteria, which grow in warm water and
are breathed in as a fine spray. Most people think of it as a problem of cooling towers and hotel
showers. In the Wendle Valley, over the last few years, it has increasingly been a problem of hot tubs.

The valley is a popular holiday area, with several hundred self-catering cottages, lodges and glamping
sites, and a hot tub is now almost expected. Many more sit in private gardens, bought during the
pandemic. A hot tub that is not disinfected properly, or that is left standing warm between guests, is
close to an ideal place for Legionella to grow, and the bubbles turn the water into an aerosol that
anyone sitting in or beside the tub will breathe.

In the two years from April 2021 the health protection team was notified of 17 cases of Legionnaires'
disease in people who lived in or had stayed in the valley. Two of them died. Most were over 50, several
smoked or had diabetes, and almost all needed hospital care. For most of these cases we never found the
source. The process was slow at every step. The hospital laboratory reported a positive urine antigen
test to the clinician and through the national notification system, which could take several days to
reach us. Our practitioners then interviewed the patient, if they were well enough, or their family. If
a hot tub at a holiday let was mentioned, we had to work out which council the property was in, and an
environmental health officer would then try to arrange a visit. By then the tub had often been drained,
refilled and used by three more sets of guests. Sampling, when it happened, gave results two weeks later.

Hot tubs at holiday lets also fell into a gap. Environmental health officers could act under health and
safety law if the tub was part of a business, but many owners did not know that, and nobody held a list
of which properties had one.

In spring 2023 we agreed with Wendle District Council, Harrowmoor District Council and the microbiology
laboratory at Wendle Valley Hospitals to treat every case as a possible hot tub case until shown
otherwise, and to organise ourselves so that a suspected source could be visited, sampled and, if
needed, shut down within 48 hours.

The model has four parts. The laboratory phones every positive Legionella urine antigen result to our
duty desk the same day, as well as reporting it in the usual way, and sends any sputum sample for
culture so that the strain can be compared with water samples. Our practitioners interview the patient
or family within one working day, using an extended questionnaire that asks specifically about hot tubs,
spas and holiday accommodation in the fourteen days before the illness. Any hot tub that is named is
visited by an environmental health officer from the right council, using a shared rota so that the two
councils cover for each other, and sampled using a common protocol. And both councils now keep a
register of holiday lets with hot tubs, built from booking websites, business rates and licensing
records, and every owner on it receives guidance on disinfection and draining between lets.
"""),
        ("evidence", "What has changed", """
We compared the two years before the partnership (April 2021 to March 2023) with the two years since
(April 2023 to March 2025).

<<Q:The median time from a positive urine antigen result to an environmental health visit at a suspected
source fell from 9 days to 2 days.>> <<Q:Cases where a likely source was identified went from 3 of 17 to
11 of 15.>> In seven of those eleven, the source was a hot tub at a holiday let or in a private garden,
and in each case the tub was taken out of use until it had been cleaned and resampled.

<<Q:In the first summer of proactive sampling, Legionella was found in 31% of the holiday let hot tubs
tested; in the second summer, after owners had received guidance and a follow-up visit, it was found in
8%.>>

The register now lists 412 holiday properties with a hot tub. Environmental health officers have made 268
visits and taken 531 water samples.

We are careful with these figures. Legionnaires' disease is uncommon and the numbers move from year to
year with the weather. But the speed of the response is within our control, and that has changed
completely.
"""),
        ("stakeholders", "Working together", """
<<S:Biomedical scientists in the hospital laboratory pointed out that urine antigen results were usually
available by early afternoon but sat in a queue for the evening report, and they set up the same-day
phone call to our duty desk themselves.>> <<S:Environmental health officers from the two councils wrote
the sampling protocol with our health protection practitioners over three sessions, and after the first
summer they asked for a simple closure notice template that can be left with the owner on the day, which
we now use.>> <<S:Respiratory physicians and nurses on the acute medical unit asked for a prompt on the
admission clerking form asking every patient with pneumonia about hot tubs and spas, so that the question
is asked before the patient becomes too unwell to answer.>> <<S:Licensing and business rates officers in
both councils worked out with us how to find holiday lets with hot tubs in their own records, which is
how the register was built.>>

Every person with confirmed Legionnaires' disease, or their next of kin, is interviewed by one of our
practitioners as part of the investigation, and this is how most sources have been found. A man who
survived a severe infection in 2023 after staying at a lodge was kept informed throughout the
investigation and was sent a copy of the outcome. Owners of holiday lets on the register have been sent
the guidance and receive a reminder each spring. We would like to involve people who have had
Legionnaires' disease in reviewing our public information next year.
"""),
        ("value", "Value and experience", """
The cost has been small. The laboratory phone call takes minutes. Sampling kits and laboratory analysis
cost the councils around £60 a sample, met from existing environmental health budgets, and the register
was built from information the councils already held. A single case of Legionnaires' disease usually
means a hospital stay of a week or more, often in intensive care, and some people never fully recover
their strength.

Environmental health officers say they now feel part of a clinical team rather than being called in at
the end. For holiday let owners, clear rules have been welcome: several told officers that nobody had
ever explained how often a tub should be drained.
"""),
        ("spread", "Sharing the approach", """
The extended questionnaire and the sampling protocol have been shared with the other health protection
teams in the region and adopted by two of them. The tourism body for the area has included our hot tub
guidance in its quality scheme for self-catering properties, and the two councils presented the register
at the regional environmental health managers' group. We have also written to the national team that
maintains the Legionnaires' disease surveillance questionnaire, suggesting that hot tubs at holiday
accommodation be asked about directly.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I802  whooping cough vaccination in pregnancy in community pharmacies -
#       docx - bold headings with a cover table - LPC chief officer, practical
#       - LPC with maternity, council public health and the maternity voices
#       partnership - expectant mothers (pronouns, 'mums-to-be' style wording)
#       and staff involved - no flags; a figure that did not change left
#       untagged
# ---------------------------------------------------------------------------
entry(
    id="I802", format="docx", layout="bold_headings", topic="pertussis_vaccine_pregnancy_pharmacy",
    project="independent51-jabfortwo-802", docx_font="Calibri",
    title="Jab for Two: whooping cough vaccination in pregnancy through community pharmacies",
    cover_table=[
        ("Entry title", "Jab for Two: whooping cough vaccination in pregnancy through community pharmacies"),
        ("Lead organisation", "Farrowdale Local Pharmaceutical Committee"),
        ("Partners", "Farrowdale and Lune Hospitals NHS Trust (Maternity Services); Farrowdale City Council (Public Health); Farrowdale Maternity Voices Partnership"),
        ("Contact", "Chief Officer, Farrowdale LPC"),
    ],
    primary_entrant=dict(name="Farrowdale Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Farrowdale and Lune Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Farrowdale City Council", type="local_authority"),
        dict(name="Farrowdale Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Whooping cough is most dangerous for babies in their first weeks of life, before they are old enough for
their own vaccines at eight weeks. Young babies can stop breathing, and every few years babies in this
country die of it. The best protection is a vaccine given to the mother between 16 and 32 weeks of
pregnancy, which passes antibodies across the placenta so the baby is born protected.

In Farrowdale too many women were not having it. Public health figures for 2022/23 showed uptake of just
over half among women giving birth at the city's maternity unit, and far lower in the three most deprived
wards and among women from Roma, Pakistani and Eastern European communities. Midwives told women about the
vaccine at booking, but it was only given at GP surgeries, women had to ring for an appointment, and the
appointment often did not fit around work or childcare. Some were told to come back another week because
the nurse was away. Women who had moved practice, or were not registered with a GP at all, often missed it
completely.

Community pharmacies are on every high street in Farrowdale and many are open in the evenings and at
weekends. Pharmacists already give flu vaccines to pregnant women. What they could not do was give the
whooping cough vaccine, because there was no service to pay for it and no way of letting the midwife and
GP know it had been given.

From September 2023, under a local service commissioned by the council's public health team, 34
pharmacies across the city give the whooping cough vaccine to pregnant women on a walk-in basis. Midwives
give every woman a Jab for Two card at her 16-week appointment with a list of pharmacies and their
opening hours. The pharmacy records the vaccine on the national vaccination record, which flows to the GP,
and sends a secure message to the maternity unit so that the woman's maternity record shows it before her
28-week appointment. If it is not recorded by then, the midwife offers it again.
"""),
        ("evidence", "What has changed", """
<<Q:Uptake of the whooping cough vaccine among women giving birth at the maternity unit rose from 52% in
2022/23 to 71% in 2024/25.>> <<Q:In the three most deprived wards it went from 34% to 58%, narrowing the
gap with the rest of the city by about half.>> <<Q:The share of women vaccinated by 28 weeks, which gives
the baby the best protection, rose from 38% to 61%.>>

Pharmacies gave 2,960 whooping cough vaccinations between September 2023 and March 2025, and about a
quarter of them were given in the evening or at a weekend.

Whooping cough rose sharply across England in 2024. In Farrowdale four babies under three months were
admitted with confirmed whooping cough that year, the same number as in 2019, the last big year for the
disease. None of them died.
"""),
        ("stakeholders", "Who took part", """
<<P:Before we started, the Maternity Voices Partnership organised two evening listening sessions for us,
and the mums-to-be who came were very clear that the problem was not that they did not want the vaccine
but that getting it was a hassle.>> <<P:They wanted to be able to walk in without an appointment, to bring
their older children with them, and to have someone explain it in their own language, and the service was
built around those three things.>> <<P:Several of them went through our first leaflet line by line, and it
was rewritten in plain English and then translated into Romanian, Urdu and Polish, with each translation
checked by women from those communities who had recently had babies.>>

<<S:Community midwives told us the booking appointment was already too full and asked for the card to be
given at 16 weeks instead, when there is more time to talk about it.>> <<S:Pharmacy counter assistants,
who are usually the first person a woman speaks to, suggested a discreet 'ask me about Jab for Two' badge,
after some women said they did not want to announce a pregnancy in front of a queue.>> <<S:The maternity
unit's digital midwife and two pharmacists tested the secure message for a month and changed it so that
it lands in the woman's own record rather than a general inbox.>> <<S:A working group of eight
pharmacists told the council's commissioners that the first proposed fee would not cover the time needed
for a proper conversation, and the fee was raised before launch.>>
"""),
        ("value", "Value", """
Pharmacies are paid £12 for each vaccination and the vaccine itself is supplied free through the national
programme. The total cost to public health in 2024/25 was about £21,000. A baby admitted to intensive care
with whooping cough can stay there for weeks, and one admission costs many times the annual cost of the
service.

Families tell midwives it was easy. Pharmacists say many women come back to them later for other advice,
and some have registered with a GP for the first time after a conversation at the counter.
"""),
        ("spread", "Spread", """
From autumn 2024 the council added the RSV vaccine offered in pregnancy to the same pharmacy service,
using the same card and the same message to maternity. Two neighbouring councils have commissioned the
service using our specification. We presented the work at the regional immunisation board and at a
national pharmacy conference, and the Maternity Voices Partnership has shared the translated leaflets
with its regional network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I803  people without a working spleen - docx - no headings - long - GP
#       federation medical director, first person - federation with the acute
#       trust (haematology laboratory), the LPC and a patient charity -
#       patients, a peer educator (PS) and staff involved - no flags; a claim
#       in words ('about a third lower')
# ---------------------------------------------------------------------------
entry(
    id="I803", format="docx", layout="no_headings", topic="asplenia_vaccines_standby_antibiotics",
    project="independent51-nospleen-803", docx_font="Georgia",
    title="No Spleen, No Delay: protecting people without a working spleen from overwhelming infection",
    cover=[
        "Entered by Calderbrook Health Partnership (GP federation of 22 practices)",
        "With Calderbrook Royal Hospitals NHS Trust (Haematology, Surgery and Pathology), Calderbrook and Ryle Local Pharmaceutical Committee and the Splenic Health Support Network (patient charity)",
        "Written by Dr Imran Aziz, Medical Director, Calderbrook Health Partnership",
    ],
    primary_entrant=dict(name="Calderbrook Health Partnership", type="primary_care"),
    partners=[
        dict(name="Calderbrook Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Calderbrook and Ryle Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Splenic Health Support Network", type="charity"),
    ],
    sections=[
        ("context", None, """
I want to start with a phone call I took as duty doctor in the winter of 2021. A man in his forties rang
the surgery mid-morning to say he had a temperature and felt shivery. He was offered an appointment that
afternoon. By the time he arrived he was grey and confused, and he died in intensive care two days later
from pneumococcal sepsis. He had had his spleen removed after a motorbike accident twenty years earlier.
Nobody in the practice had coded it properly, he had never had a booster vaccine, he had no antibiotics
at home, and the receptionist had no way of knowing that a fever in this man was an emergency.

The spleen filters bacteria out of the blood, and people who have had it removed, or whose spleen does
not work properly because of sickle cell disease, coeliac disease and some other conditions, can develop
overwhelming infection within hours. The risk is lifelong. The national guidance is clear: they need
pneumococcal, meningococcal and Haemophilus vaccines, a flu vaccine every year, a supply of antibiotics
to start at the first sign of fever, a card or bracelet saying they have no spleen, and advice about
travel, animal bites and malaria. In practice, almost none of that was happening reliably in Calderbrook.

When we looked, the gaps were everywhere. The hospital removes around 40 spleens a year, mostly after
trauma, and the discharge letter listed the vaccines needed, but the first doses are often given in
hospital and the rest were left for the GP to work out. People who had their spleen removed decades ago
had been lost altogether: they had moved practice, their notes were on paper, or the code was buried as
'history of abdominal surgery'. Nobody at all was looking for people whose spleen had stopped working
without being removed. Community pharmacists had no idea who these patients were, and a standby supply of
amoxicillin prescribed years earlier had often long since expired or been used up on a chest infection.

A federation is an unusual organisation to lead on something like this, and I should explain why we did.
No single body owned these patients. The hospital saw them once. The practices held their records. The
pharmacies saw them for everything else. We are the organisation that works across all 22 practices, and
we had a clinical pharmacist team and a data team who could search all of their records at once.

So from early 2023 we set out to do five things. First, find everybody. Our data team searched every
practice for codes, free text and prescriptions suggesting an absent or non-working spleen, and the
hospital's haematology laboratory agreed to add a comment to any blood film showing Howell-Jolly bodies,
the small fragments in red cells that appear when the spleen is not working, advising the GP to consider
hyposplenism. Second, put everyone on one register, coded the same way in every practice, with a flag
that shows on screen whenever the record is opened, including to reception staff. Third, catch up on
vaccines, with practice nurses working from a single schedule agreed with the hospital's haematologists.
Fourth, make sure everyone has in-date standby antibiotics at home and knows when to take them, with
community pharmacies checking whenever they can. Fifth, give every patient a card and a clear message:
if you have a fever, take your antibiotics and get seen the same day.

The part that changed practice most, I think, was the reception flag. When someone on the register rings
with a fever, the receptionist sees the words 'No spleen - fever is an emergency - same day clinician
call back' and the call goes straight through. That is the phone call I wish we had been able to make in
2021.

The search itself was harder than it sounds. Splenectomy has been recorded under at least a dozen
different codes over the years, some practices changed clinical systems in the 2000s and lost detail on
the way, and many people with sickle cell disease or coeliac disease are never coded as having a poorly
working spleen at all. Our data team ran the search in stages: first the certain cases, then the probable
ones found through free text and old hospital letters, and finally the people whose spleen may not work
because of another condition. Each probable case was checked by a federation pharmacist reading the
record before anyone was added to the register.

We also had to decide what to do about consent and about people who might be frightened by a letter out of
the blue telling them they were at risk of a fatal infection. We agreed that nobody would be sent a letter
alone: every person found by the search was phoned first by a practice nurse or a federation pharmacist,
who explained why, offered an appointment and answered questions. Some of those conversations took half an
hour. A few people told us they had been waiting years for someone to ring.
"""),
        ("evidence", None, """
We measured the register against itself at the start and again after eighteen months, and the
federation's data team produced the figures from practice records.

We found 1,136 people across the federation who have no spleen or a spleen that does not work, many of
whom had never been coded. Of these, 214 were picked up through the blood film comment, mostly people with
coeliac disease or who had had radiotherapy many years before.

<<Q:The proportion of people on the register who were fully up to date with their pneumococcal,
meningococcal and Haemophilus vaccines rose from 23% in March 2023 to 79% in September 2024.>> <<Q:Flu
vaccine uptake in the group went up from 58% to 84% over two winters.>> <<Q:People with an in-date supply
of standby antibiotics at home, checked by a pharmacist or practice nurse, rose from 18% to 66%.>>

<<Q:Emergency admissions with severe infection among people on the register were about a third lower in
the second year than in the year before we started.>> The numbers are small and I would not want to make
too much of them. What I can say is that every person on the register who rang one of our practices with
a fever in the last year was called back by a clinician the same day.
"""),
        ("stakeholders", None, """
None of this would have worked if we had designed it in a GP meeting room. <<P:The Splenic Health Support
Network put us in touch with fourteen of its members living locally, and over three evenings they took our
draft plan apart.>> <<P:They told us that a card was useless if it lived in a drawer, so the card now has
a hole for a key ring, and that the antibiotics advice needed to say in plain words 'take the first dose
before you ring anyone', which it now does.>> <<P:One member, a retired farmer, pointed out that nobody
had ever told him a dog bite could kill him, and the advice now covers bites and scratches from
animals.>>

<<PS:Our patient education sessions are run by Lorraine, a peer educator employed by the Network who has
lived without a spleen since a car crash at nineteen, and she wrote the session plan with our practice
nurses and changed it after the first two sessions because people wanted more time on travel.>>

<<S:Practice nurses from six practices worked with the hospital haematologists on the vaccine schedule
and asked for it to be cut down to a single page with a tick box for each dose, after finding the national
tables too complicated to use in a ten-minute appointment.>> <<S:Receptionists and care navigators came
up with the wording of the on-screen flag, because they said a clinical term like 'asplenia' would mean
nothing to them at eight in the morning with forty calls waiting.>> <<S:Community pharmacists, through
the LPC, suggested checking the expiry date of standby antibiotics whenever a person on the register
collects any prescription, and the check is now prompted on the pharmacy system.>> <<S:Biomedical
scientists in the haematology laboratory drafted the blood film comment with the consultant haematologist
and two of our GPs, so that it would be useful to a busy practice rather than alarming.>>
"""),
        ("value", None, """
Most of this used people we already had: the federation's data team, practice nurses and pharmacists, and
the Network's volunteers. The extra cost was about £28,000 in the first year for the data work and the
peer educator's time, shared between the federation and the hospital's charity. A pneumococcal vaccine
costs a few pounds. An admission with overwhelming post-splenectomy infection usually means intensive
care, often the loss of fingers, toes or limbs if the person survives, and many do not.

Patients tell us they feel that someone is finally keeping an eye on something they were told about once
and then left to remember for the rest of their lives. Receptionists say the flag takes away the worst
kind of guesswork. Practice nurses like having one schedule instead of five.
"""),
        ("spread", None, """
The register search, the flag wording and the vaccine schedule are free to any practice, and the two other
federations in the county have started using them. The hospital laboratory has shared the blood film
comment with the rest of the regional pathology network, and the Network has put our card on its national
website. We presented the work at the regional primary care conference in 2024, and the LPC has asked the
integrated care board to add the antibiotic expiry check to the pharmacy service across the county.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I804  rapid strep A tests for sore throats in community pharmacies - pdf -
#       two columns - university principal investigator, academic - university
#       lead with LPC, ICB and hospital microbiology - parents and a public
#       involvement panel involved - NO staff involvement (pharmacists trained
#       and briefed, a questionnaire that changed nothing, a named lead, the
#       laboratory doing its job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I804", format="pdf", layout="two_column", topic="strep_a_sore_throat_pharmacy_testing",
    project="independent51-swabfirst-804", pdf_font="LiberationSerif",
    title="Swab First: rapid strep A testing for sore throats in community pharmacies",
    cover=[
        "University of Eastholm, School of Pharmacy and Biomedical Sciences (lead), with Eastholm and Fens Local Pharmaceutical Committee, NHS Eastholm and Fens Integrated Care Board and Eastholm Hospitals NHS Trust (Microbiology)",
        "Entry prepared by the project's principal investigator",
    ],
    primary_entrant=dict(name="University of Eastholm", type="university"),
    partners=[
        dict(name="Eastholm and Fens Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Eastholm and Fens Integrated Care Board", type="icb"),
        dict(name="Eastholm Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Rationale and partnership", """
Sore throat is one of the commonest reasons for seeking antibiotics. Most sore throats are viral and
resolve without treatment; a minority are caused by group A streptococcus, for which antibiotics modestly
shorten illness and reduce complications. Clinical scores such as FeverPAIN help, but used alone they
still result in many antibiotic courses for people who will not benefit, with attendant risks of adverse
effects, allergic reactions, Clostridioides difficile infection and antimicrobial resistance. The opposite
risk also matters: in the winter of 2022/23 invasive group A streptococcal infection in children rose
sharply, public anxiety was high, and antibiotic prescribing for sore throat rose steeply with it.

Community pharmacists already see large numbers of people with sore throat and, from early 2024, were able
to supply antibiotics under the national Pharmacy First service using a clinical score. What they could
not do was test. Each partner brought one element that was missing. The university's pharmacy practice
research group had evaluated point-of-care tests in other settings; the hospital microbiology department
could provide the laboratory comparison needed to verify test performance in routine hands; the LPC could
recruit and support pharmacies; and the ICB could commission an addition to the service and supply
prescribing data.

Swab First added a rapid antigen test to the sore throat pathway in 24 pharmacies from October 2023,
initially under a local agreement and later within Pharmacy First. People aged five and over with a
FeverPAIN score of 4 or 5 are swabbed, and antibiotics are supplied only if the test is positive.
Everyone, whatever the result, receives written safety-netting advice on the signs of complications such
as quinsy, scarlet fever and sepsis.
"""),
        ("evidence", "Findings", """
We compared participating pharmacies with their own activity in the same months of the previous year, and
the GP practices nearest to them with the rest of the ICB area.

<<Q:The proportion of sore throat consultations in participating pharmacies that ended with an antibiotic
fell from 61% before testing was introduced to 27% afterwards.>> <<Q:In the twelve GP practices nearest
the pharmacies, antibiotic prescriptions for sore throat fell by 22% compared with the previous winter,
while in the rest of Eastholm they fell by 6%.>> <<Q:Re-consultation within seven days for the same sore
throat went down from 11% to 7%.>>

The hospital laboratory cultured 400 swabs taken alongside the rapid test, and the rapid test agreed with
culture in 92% of them. There were 3,812 tested consultations over the 18 months. Four people were sent
the same day to the emergency department with suspected quinsy, and none of the people who tested
negative was later admitted with invasive group A streptococcal infection.
"""),
        ("stakeholders", "Involvement", """
<<P:Parents from two children's centres in Eastholm read the first version of the safety-netting leaflet
and said it read as if it had been written for doctors, so they rewrote it with us, putting the warning
signs first and adding a photograph of a scarlet fever rash on darker skin.>> <<P:Members of the
university's public involvement panel sat on the project steering group throughout and argued
successfully that people with a negative test should be told clearly why they were not getting
antibiotics, which became a short script printed on the back of the leaflet.>> <<P:One panel member, a
father whose daughter had been very ill with invasive group A strep in 2022, asked that the leaflet say
'trust your instincts' in large type, and it does.>>

All 38 pharmacists taking part completed the university's online training and a face-to-face session on
swabbing technique. Pharmacy teams were briefed by the LPC before launch. At three months we sent a
questionnaire to participating pharmacists; responses were positive and the protocol was left unchanged.
The study was led by the principal investigator, a senior lecturer in pharmacy practice, who managed the
data and reported monthly to the ICB. We hope to set up a pharmacists' advisory group for the next phase.
"""),
        ("value", "Value", """
A rapid test costs about £6. The ICB paid pharmacies a fee for each tested consultation on top of the
Pharmacy First fee, which came to about £46,000 over the pilot. Every unnecessary antibiotic course avoided
spares a person the risk of side effects and, across a population, slows the spread of resistance. People
told pharmacists that they valued a clear answer on the spot, and parents in particular said that a
negative result made them feel safe managing without antibiotics.
"""),
        ("spread", "Spread", """
The ICB has extended testing to all 96 pharmacies in Eastholm and Fens that provide Pharmacy First from
April 2025. Our protocol and leaflet have been shared with the national community pharmacy body and with
two other universities evaluating point-of-care tests. The findings have been submitted for publication
and were presented at a national antimicrobial stewardship conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I805  positive blood cultures from patients at home - docx - form table -
#       consultant microbiologist, terse - pathology network hosted by an
#       acute trust, with the GP out-of-hours service, a GP federation and the
#       ambulance service clinical hub - staff involved - NO patient
#       involvement (beneficiaries, a leaflet, a family given an apology and
#       a report, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I805", format="docx", layout="form_table", topic="community_positive_blood_cultures_out_of_hours",
    project="independent51-everypositive-805", docx_font="Calibri",
    title="Every Positive Counts: getting positive blood culture results for patients at home to a clinician the same day",
    cover_table=[
        ("Title of entry", "Every Positive Counts: getting positive blood culture results for patients at home to a clinician the same day"),
        ("Lead organisation", "Brackenridge Pathology Partnership, hosted by Brackenridge University Hospitals NHS Trust"),
        ("Partner organisations", "Brackenridge Integrated Urgent Care (GP out-of-hours service); Brackenridge East GP Federation; Southdown Coast Ambulance Service NHS Trust (Clinical Hub)"),
        ("Name and role of entrant", "Consultant Microbiologist and Clinical Lead for Bacteriology"),
    ],
    primary_entrant=dict(name="Brackenridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenridge Integrated Urgent Care", type="primary_care"),
        dict(name="Brackenridge East GP Federation", type="primary_care"),
        dict(name="Southdown Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Blood cultures are taken to find bacteria in the bloodstream. Most come from hospital inpatients, but a
growing number come from patients who are not in hospital: people seen in same day emergency care and sent
home, patients on virtual wards, people attending the ambulatory infusion unit, and patients seen by GPs
and community teams. The laboratory processes about 41,000 blood cultures a year, and around 3,000 of
them are from patients who are at home when the result comes back.

A positive culture usually flags 12 to 48 hours after it is taken. For an inpatient, the microbiologist
phones the ward and treatment is changed within the hour. For a patient at home it was a different story.
The result went to the requesting clinician, who might be a locum who had left, a clinic that had closed
for the day, or a GP practice that would not see it until the morning. If a culture flagged at 7pm on a
Friday, the biomedical scientist had nobody to ring. Our incident reviews from 2020 to 2022 included a man
with Staphylococcus aureus bacteraemia who was not contacted for 60 hours and developed a spinal abscess,
and an older woman with an E. coli bloodstream infection who was found collapsed at home the morning after
her result was issued.

The safety goal was simple: every positive blood culture from a patient who is not in hospital is
discussed with a clinician who can act, and the patient is contacted, on the same day, at any hour.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since July 2023 every positive blood culture from a patient at home goes to the on-call microbiologist,
who phones the requesting team in hours and, out of hours, phones the out-of-hours service's clinical lead
on a dedicated number. The out-of-hours clinician contacts the patient within an hour, and can ask the
ambulance service's clinical hub to send a crew if the patient cannot be reached or sounds unwell. Every
case is logged on a shared record and the patient's GP practice receives a task the next morning.

<<Q:Positive blood cultures from patients at home that were passed to a clinician who could act within two
hours of the first result rose from 41% in 2022 to 94% in 2024.>> <<Q:Cases where the patient was not
contacted until the next day or later fell from 58 in 2022 to 4 in 2024.>> <<Q:The median time from the
first result to the first dose of an appropriate antibiotic went down from 19 hours to 4 hours.>>

In 2024 the ambulance clinical hub sent a crew on 37 occasions after the out-of-hours service could not
reach the patient.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Biomedical scientists on the night shift told us that the real problem was not spotting the result but
knowing who to ring, and they drew the first version of the call flow on a whiteboard in the
laboratory.>> <<S:Out-of-hours GPs tested the dedicated number for a month and asked for the
microbiologist to give a clear recommendation on every call, such as 'admit' or 'start oral antibiotics',
which is now part of the script.>> <<S:Practice managers from the federation asked for the next-morning
task to arrive in the practice's urgent workflow rather than the pathology inbox, and it was set up that
way.>> <<S:Clinicians in the ambulance clinical hub agreed with the out-of-hours service what information
they need to send a crew without a second call.>>

The work is intended to benefit every patient who has a blood culture taken outside hospital. Patients are
given a leaflet when a blood culture is taken in the community, explaining that they may be phoned,
including at night. The family of one patient involved in a 2022 incident received an apology and a copy
of the investigation report. We intend to invite a patient representative to the project's review meeting
next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes used existing on-call rotas and phone lines. The only new cost was a mobile phone for the
out-of-hours clinical lead. A single Staphylococcus aureus bacteraemia that goes on to a deep abscess or
endocarditis can mean six weeks of intravenous antibiotics, and a delayed E. coli bacteraemia in an older
person can be fatal. Biomedical scientists say they no longer go home worrying about a result they could
not pass on. Out-of-hours clinicians say the calls are short and clear.
"""),
        ("spread", "How has the work been shared and spread?", """
The call flow has been adopted by the two other pathology networks in the region, which work with
different out-of-hours providers. We presented the work at a national microbiology meeting and to the
regional antimicrobial stewardship group, and we are extending the same arrangement to positive
cerebrospinal fluid and joint fluid results.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I806  latent TB testing for people newly arrived from abroad - pdf - CAPS
#       headings - ICB commissioning manager, formal - ICB with the community
#       trust TB service, council public health and a refugee charity -
#       community champions (P), link workers (PS) and staff involved - NO
#       quantitative evidence in the evidence section (people identified,
#       tested and treated, a completion figure against a target, a zero
#       with no earlier figure, a budget); a real measured change sits in the
#       value section only
# ---------------------------------------------------------------------------
entry(
    id="I806", format="pdf", layout="caps_headings", topic="latent_tb_testing_new_migrants",
    project="independent51-findtreatearly-806", pdf_font="DejaVuSans", pdf_align="L",
    title="FIND AND TREAT EARLY: latent TB testing for people newly arrived in Haverleigh",
    cover=[
        "LEAD: NHS Haverleigh and Coldwater Integrated Care Board",
        "PARTNERS: Haverleigh Community Health NHS Trust (TB Nursing Service); Haverleigh City Council (Public Health); Open Doors Haverleigh (refugee and migrant charity)",
        "CONTACT: Senior Commissioning Manager, Health Protection and Screening",
    ],
    primary_entrant=dict(name="NHS Haverleigh and Coldwater Integrated Care Board", type="icb"),
    partners=[
        dict(name="Haverleigh Community Health NHS Trust", type="nhs_trust"),
        dict(name="Haverleigh City Council", type="local_authority"),
        dict(name="Open Doors Haverleigh", type="charity"),
    ],
    sections=[
        ("context", "WHY THIS WAS NEEDED", """
Most cases of active tuberculosis in Haverleigh occur in people born in countries where TB is common, and
most arise from latent infection acquired years earlier, often before the person came to the UK. Latent TB
causes no symptoms and is not infectious, but in some people it becomes active, most often in the first
few years after arrival, when people may be living in crowded accommodation, working long hours and
finding it hard to see a doctor. Active TB is infectious, serious and costly to treat, and it is often
diagnosed late in people who are unfamiliar with the NHS.

A national programme offers a blood test for latent TB to people aged 16 to 35 who arrived within the last
five years from a country with a high incidence of TB, with treatment for those who test positive. In
Haverleigh it had barely started. GP practices were expected to identify eligible people at registration,
send them for a blood test and refer positive results to the TB service. In practice, practices did not
know who was eligible, many new arrivals were not registered with a GP, invitation letters were sent in
English, and those who were invited often did not attend. People who tested positive were offered three
or six months of tablets, and many stopped after a few weeks because they felt well, were worried about
side effects, or were moved from asylum hotels to other parts of the country.

The partnership was formed in 2023 to take testing out of the GP surgery and to the places where people
already are. The TB nursing service runs walk-in testing sessions, with phlebotomy and interpreters on
site, at Open Doors' drop-in centre, two asylum hotels and a mosque. The council's public health team
funds the community work and its resettlement team helps identify eligible people. The ICB commissions
the pathway and holds the data.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Between May 2023 and March 2025:

- 2,140 people eligible for testing were identified through GP registration, the council's resettlement team and Open Doors

- 1,480 people were tested, 62% of them at community sessions rather than at a GP surgery

- 187 tests were positive, and 151 of those people started treatment

- 128 people have completed treatment, which is 85% of those who started; our target is 90%

- no person treated through the programme has gone on to develop active TB

The programme cost £186,000 over the two years, funded through the national programme allocation and the
ICB.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Community health champions, volunteers from Open Doors who have themselves come to the UK as refugees
or migrants, went through the invitation and consent process with us and told us that the word
'tuberculosis' frightened people, who linked it with being sent home, so all our materials now explain
first that a positive test does not affect immigration status.>> <<PS:Two bilingual link workers
employed by Open Doors, both of whom arrived in Haverleigh as refugees, helped redesign the treatment
follow-up, and it was their suggestion to use voice messages in the person's own language instead of
letters.>> <<P:People who had completed treatment recorded short videos in Tigrinya, Arabic, Dari and
Kurdish explaining what taking the tablets is like, and these are played at community sessions.>>

<<S:TB nurses and the community trust's phlebotomists agreed to take blood at community sessions after
visiting the Open Doors drop-in, and they changed the format of the sessions to walk-in, with
interpreters on site.>> <<S:Open Doors' drop-in coordinators helped plan the sessions and suggested
running them after Friday prayers and in the evenings, when more people could come.>> <<S:The council's
resettlement caseworkers asked to be told, with the person's consent, when someone they support tests
positive, so that a move to other accommodation does not interrupt treatment, and this is now part of the
pathway.>>
"""),
        ("value", "VALUE", """
Treating latent TB costs a few hundred pounds per person. Treating a single case of active TB costs
several thousand, takes at least six months, and can involve screening dozens of contacts. <<Q:Taking
testing into community venues has also changed attendance: the proportion of people invited who did not
turn up for their blood test fell from 58% when testing was offered only in GP surgeries to 19% at
community sessions.>> People tell the champions they felt respected. TB nurses say the community sessions
are some of the most useful work they do.
"""),
        ("spread", "SPREAD", """
The community session model has been adopted by the neighbouring ICB, and the regional TB control board
has asked us to present it at its next meeting. Open Doors has shared its materials with refugee charities
in two other cities. The council has added latent TB testing to the health offer for people resettled
under national schemes.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I807  opt-out HIV and hepatitis testing in the emergency department - docx
#       - rubric headings - ED consultant, clinical - acute trust with the
#       community trust's sexual health and hepatology service, an HIV charity
#       and council public health - NO stakeholders section, but people with
#       HIV, paid peer supporters (PS) and staff are involved in the context
#       and evidence sections; an SPC shift and 'halved' claims
# ---------------------------------------------------------------------------
entry(
    id="I807", format="docx", layout="rubric_headings", topic="ed_opt_out_bbv_testing",
    project="independent51-testeveryone-807", docx_font="Cambria",
    title="Test Everyone: opt-out HIV, hepatitis B and hepatitis C testing in the emergency department",
    cover=[
        "Kilnworth General Hospital NHS Trust, Emergency Department (lead entrant)",
        "Partners: Kilnworth Community Health NHS Trust (Sexual Health and Community Hepatology); Positive Pathways Kilnworth (HIV support charity); Kilnworth Borough Council (Public Health)",
        "Submitted by the Consultant in Emergency Medicine and Clinical Lead for blood-borne virus testing",
    ],
    primary_entrant=dict(name="Kilnworth General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kilnworth Community Health NHS Trust", type="nhs_trust"),
        dict(name="Positive Pathways Kilnworth", type="charity"),
        dict(name="Kilnworth Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Kilnworth has one of the higher rates of diagnosed HIV outside London, and estimates suggest that around
one in five people living with HIV in the borough do not know they have it. Hepatitis B and hepatitis C
are similar: many people with chronic infection have no symptoms until they present with liver failure
or liver cancer. A late diagnosis is a patient safety problem. People diagnosed with HIV when their immune
system is already badly damaged are far more likely to die in the first year after diagnosis, and some
will have passed the virus on without knowing.

Many of the people most likely to have an undiagnosed blood-borne virus rarely use general practice, but
they do come to the emergency department. In April 2022 we began testing everyone aged 16 and over who has
a blood test in the department for HIV, hepatitis B and hepatitis C, unless they say no.

Testing is the easy part. The hard part is what happens next. An emergency department is not set up to
give someone a life-changing diagnosis or to make sure they start treatment, and many of the people we
find are hard to reach: they have no fixed address, have changed phone number, or dropped out of care
years ago. That is why a partnership was needed. The community trust's sexual health and hepatology teams
take every positive result and arrange care. Positive Pathways provides peer support from the first phone
call. The council's public health team funds the charity's role and the outreach work.

The way results are handled was shaped from the start by people living with HIV. <<P:Before launch,
Positive Pathways brought together a group of its members, who told us that the worst thing that could
happen was to be given the news in a rushed phone call from a stranger, and because of that the first
contact about a new result is now made jointly by a health adviser and a peer supporter.>> <<P:Members of
the same group also wrote the waiting room poster that explains opt-out testing, replacing our draft with
a shorter version that says 'we test everyone - it is routine, it is not about you'.>>
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between April 2022 and March 2025 the department tested 146,300 people. We found 112 new HIV diagnoses,
301 people with hepatitis B and 264 with active hepatitis C infection, as well as people who had been
diagnosed in the past but had dropped out of care.

<<Q:The share of eligible patients who had a blood-borne virus test with their bloods showed a sustained
shift on our SPC chart, from a median of 54% in the first six months to 83% from early 2023.>> <<S:That
shift followed a suggestion from emergency department nurses that the test be taken off the separate
'optional' tab and built into the default blood panel, and the department's practice educators tested
the new order set on two shifts before it went live.>>

<<Q:The median time from a reactive result to the person being seen by the sexual health or hepatology
team halved, from 24 days in the first year to 12 days in the third.>> <<Q:The proportion of people with a
new diagnosis who were linked to care within 90 days rose from 64% to 89%.>> <<Q:Among people newly
diagnosed with HIV through the department, those with a CD4 count below 200, the marker of a late
diagnosis, went from 47% in the first year to 31% in the third.>>

<<PS:Positive Pathways' peer supporters, who are paid by the charity and live with HIV themselves, also
redesigned the follow-up of people who could not be reached by phone, adding visits to hostels and the
needle exchange, and that is when linkage to care began to improve.>> <<S:Hepatology nurses suggested
starting hepatitis C treatment at the first outreach visit rather than waiting for a clinic appointment,
and this was agreed with the hospital pharmacy.>>
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
Our laboratory order set and the joint results pathway have been shared with three other emergency
departments in the region that started opt-out testing in 2024. We presented the work at national HIV and
viral hepatitis conferences, and Positive Pathways has trained peer supporters in two of those areas.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Each test costs around £12 in the laboratory. The national programme has funded the tests, and the council
funds the peer support. Lifelong HIV care started early costs far less than care after an AIDS-defining
illness, and curing hepatitis C with a short course of tablets prevents cirrhosis, liver cancer and the
need for transplants.

Emergency department staff were worried at first that testing would add to their work. In practice they do
not have to do anything differently, because the test is part of the standard bloods. People who have
been diagnosed tell the peer supporters that being found in the emergency department, when they were not
looking, may have saved their life.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I808  infections from tattoos, piercings and other skin-piercing
#       treatments - pdf - bullet lists - council public health practitioner,
#       list-minded - metropolitan council with the teaching hospital, UKHSA
#       and a youth charity - young people, a woman who was infected and
#       staff involved - no flags; a rise in reporting counted as a claim
# ---------------------------------------------------------------------------
entry(
    id="I808", format="pdf", layout="bullet_lists", topic="tattoo_piercing_infection_control",
    project="independent51-cleanink-808", pdf_font="LiberationSans", pdf_align="L",
    title="Clean Ink: preventing infections from tattoos, piercings and other skin-piercing treatments in Stenbury",
    cover=[
        "Lead: Stenbury Metropolitan Borough Council, Public Health and Regulatory Services",
        "Partners: Stenbury Teaching Hospitals NHS Trust (Infectious Diseases, Plastic Surgery and Microbiology); UK Health Security Agency (Northern Health Protection Team); The Hub Stenbury (youth charity)",
        "Written by the Public Health Practitioner for Health Protection",
    ],
    primary_entrant=dict(name="Stenbury Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Stenbury Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="The Hub Stenbury", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
Stenbury has more than 90 registered premises offering tattooing, piercing, microblading, electrolysis
and semi-permanent make-up, and new ones open almost every month. Done badly, any of these can cause skin
and blood infections, and shared or poorly cleaned equipment can spread hepatitis B, hepatitis C and HIV.

What went wrong before:

- registration was a one-off: once premises were registered, the council usually went back only if somebody complained

- the local byelaws dated from the 1990s and said nothing about newer treatments such as microblading

- people with infected piercings and tattoos turned up at the emergency department and at GP surgeries, but nobody told the council where the work had been done

- some young people under 16 were being pierced in people's homes or at 'piercing parties', where nobody was registered at all

- in 2022 a cluster of nontuberculous mycobacterial skin infections in seven people was traced to one studio that was diluting ink with tap water; several needed months of antibiotics and some were left with scars

What Clean Ink does, since 2023:

- every premises has an unannounced infection control inspection at least once a year, using a scored checklist

- the hospital and GP practices report infections linked to skin piercing to a single council inbox, with the person's consent, naming the premises

- UKHSA advises on any cluster, and the hospital microbiology laboratory keeps isolates so that cases can be linked

- premises that score well get a Clean Ink certificate to display, and every score is published on the council website

- The Hub runs sessions on safe piercing for young people and shows them how to check a premises before they book
"""),
        ("evidence", "What changed", """
We compared 2022 with 2024.

- <<Q:premises scoring 'good' or 'very good' at their first unannounced inspection rose from 48% to 86%>>

- <<Q:people attending the emergency department or urgent treatment centre with an infected tattoo or piercing fell from 64 in 2022 to 29 in 2024>>

- <<Q:infections reported to the council where the premises could be named went up from 5 to 47, because there is now a route for reporting them>>

- 187 inspections were carried out in 2024 and 11 improvement notices were served

- figures come from the council's inspection database and the hospital's emergency department coding
"""),
        ("stakeholders", "Who was involved", """
- <<S:environmental health officers and the hospital's infection prevention nurses wrote the inspection checklist together and tested it in six premises, then cut it from 70 questions to 32 after the officers said it took too long to complete on a visit>>

- <<S:emergency department nurses asked for a one-line question in their triage notes, 'where was it done?', so that the premises is recorded before the patient leaves, and it was added>>

- <<S:plastic surgery and infectious diseases doctors helped us decide which infections should be reported, and agreed to see people from a suspected cluster quickly>>

- <<P:young people at The Hub tried out the safe piercing session and said the first version 'sounded like a lecture', so it is now run as a quiz by two of them>>

- <<P:a woman who was one of the seven people infected in 2022 helped us write the public information on the website, and asked for photos of what a clean studio looks like, which we added>>

- <<P:young people also chose the design of the Clean Ink certificate, because they said it had to be something they would notice in a window>>

- all registered premises were sent the new standards in writing and invited to a briefing
"""),
        ("value", "Value", """
- the inspection programme is part of the council's existing regulatory work; the extra officer time is about 0.4 of a full-time post

- a nontuberculous mycobacterial skin infection can need months of treatment with several antibiotics and can leave lasting scars

- certificates cost about £3 each to print

- premises owners tell us the published scores have brought in customers
"""),
        ("spread", "Spread", """
- the checklist and the certificate scheme have been shared with the other councils in the region, and four are now using them

- the national environmental health professional body has asked for our checklist for its guidance on special treatments

- The Hub has shared its quiz with youth services across the county
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I809  mpox vaccination taken to community venues - pdf (via Word) - style
#       headings - LGBT+ charity outreach manager, warm - charity with the
#       community trust's sexual health service and council public health -
#       men at risk involved (pronouns, 'the guys who come to our Thursday
#       social') - NO staff involvement (clinic nurses briefed, outreach
#       workers delivering, a named lead signing off, a plan) - NO
#       quantitative evidence (doses, sessions, a single completion figure
#       against a target, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I809", format="pdf", layout="style_headings", topic="mpox_vaccination_outreach",
    project="independent51-protectedtogether-809", render_via="soffice", docx_font="Liberation Sans",
    title="Protected Together: taking mpox vaccination to the men who need it in Corrow",
    cover=[
        "Lighthouse LGBT+ Health, Corrow (registered charity), lead entrant",
        "Partners: Corrow Community Health NHS Trust (Corrow Sexual Health Service); Corrow City Council (Public Health)",
        "Written by the Community Outreach Manager, Lighthouse LGBT+ Health",
    ],
    primary_entrant=dict(name="Lighthouse LGBT+ Health", type="charity"),
    partners=[
        dict(name="Corrow Community Health NHS Trust", type="nhs_trust"),
        dict(name="Corrow City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
In the summer of 2022 mpox spread quickly among gay, bisexual and other men who have sex with men in
England. A vaccine was available, but only through sexual health clinics, and the men at highest risk were
not always the ones who came to the clinic. Some were not out to their GP or their families. Some were
married, some did not identify as gay, some were sex workers, and some had recently come to the UK and did
not know how the NHS works. Many had heard of the vaccine but did not know how to get it, worried about
being recorded, or had tried to book and found no appointments.

Mpox can be painful and serious, especially for people whose HIV is not well controlled, and a single case
can mean dozens of contacts to trace. In 2024 a new strain spread in parts of Africa, and the national
programme moved to a routine offer of two doses for men at higher risk. Making sure the people most at risk
are protected before an outbreak, rather than chasing cases after one, is the safety goal.

Lighthouse has run peer support and outreach for LGBT+ people in Corrow for fifteen years. Protected
Together started in 2023. The sexual health service supplies the vaccine under a patient group direction
and sends nurses. We provide the venues, the outreach workers and, we hope, the trust. Sessions are held at
our community centre, at two bars and a sauna, at Pride, and in the evenings, and men can be vaccinated
without giving a GP or a home address. The council's public health team commissions the outreach and pays
for the venues.
"""),
        ("evidence", "What we have achieved", """
Between March 2023 and February 2025 we held 64 pop-up vaccination sessions, and 1,870 doses of mpox
vaccine were given at them. Of the men who had a first dose at a pop-up, 68% have come back for their
second dose. Around a third of the men vaccinated at pop-ups told us they had never been to a sexual health
clinic.

The sessions also offered HIV and syphilis testing, and 412 men were tested. Our target for second-dose
completion is 80%, and we are not there yet.

There were no mpox cases in Corrow in 2024.
"""),
        ("stakeholders", "Who was involved", """
<<P:Protected Together was shaped from the first week by the men it is for: the guys who come to our
Thursday evening social told us straight away that a clinic with a reception desk would not work and that
we should go to the places they already go.>> <<P:They picked the venues, and when we suggested a sauna it
was one of them who persuaded the owner to let us in.>> <<P:A small group of men who sell sex went through
the consent process with us and asked that no contact details be required for a first dose, which the
sexual health service agreed to after checking the national guidance.>> <<P:Two of those men now hand out
cards about the sessions to others.>>

Nurses from the sexual health service were given a briefing by our team on working in community venues
and on using inclusive language. Our outreach workers delivered every session alongside them. The patient
group direction was signed off by the sexual health service's clinical director. We are planning a
debrief with the clinic nurses next year to hear how the sessions could work better for them.
"""),
        ("value", "Value and experience", """
The vaccine is supplied free through the national programme. The council pays us £38,000 a year for the
outreach and venues. Each session costs about the same as a morning clinic, but reaches men the clinic
does not. A case of mpox means weeks of isolation, sometimes hospital treatment for severe pain, and
contact tracing. Men tell us they felt safe and were not judged.
"""),
        ("spread", "Spread", """
The regional health protection team has written up our approach as an example for other areas, and two
LGBT+ charities in neighbouring cities have started pop-up sessions with their local clinics. The sexual
health service now uses the same model for hepatitis A, hepatitis B and HPV vaccination.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I810  E. coli O157 in children visiting open farms - docx - numbered
#       questions - principal environmental health officer, plain - district
#       council with UKHSA, the children's hospital renal unit and the county
#       council - staff involved - NO patient involvement (parents interviewed
#       for outbreak investigations, visitors given leaflets, a mother told
#       about the inspections, a plan); 'more than halved'
# ---------------------------------------------------------------------------
entry(
    id="I810", format="docx", layout="numbered_questions", topic="ecoli_o157_open_farms",
    project="independent51-handsnotmouths-810", docx_font="Arial",
    title="Hands, Not Mouths: keeping children safe from E. coli O157 at open farms in Tarrowdale",
    cover=[
        "Tarrowdale District Council, Environmental Health Service (lead)",
        "Partners: UK Health Security Agency (Fells and Dales Health Protection Team and the regional public health laboratory); Northmere Children's Hospital NHS Foundation Trust (Paediatric Renal Unit); Tarrowdale County Council (Public Health and Education)",
        "Submitted by the Principal Environmental Health Officer",
    ],
    primary_entrant=dict(name="Tarrowdale District Council", type="local_authority"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Northmere Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tarrowdale County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Tarrowdale has 23 open farms, petting farms and farm attractions, more than almost any district in the
region, and they are an important part of the local economy. Every spring and summer thousands of
children visit them with schools, nurseries and their families, and many of them stroke and feed lambs,
calves and goats.

Farm animals, especially young cattle, sheep and goats, can carry Shiga toxin-producing E. coli,
including E. coli O157, without being ill themselves. Children pick it up from the animals, from fences
and gates, from the ground and from their own hands, often when they eat a picnic or an ice cream without
washing. Most become ill with bloody diarrhoea. Around one child in ten with E. coli O157 develops
haemolytic uraemic syndrome, in which the kidneys fail; some need dialysis, some are left with lasting
kidney damage and a few die.

In 2021 and 2022 there were 14 confirmed cases in children linked to open farms in the district, and five
of those children developed haemolytic uraemic syndrome and were treated at Northmere Children's Hospital.
Three needed dialysis. Each outbreak was investigated thoroughly, but every investigation started after
the children were ill. Our inspections of farm attractions were routine health and safety visits every
few years. Most attractions had hand washing facilities, but the sinks were often too high for small
children, out of soap, or placed after the cafe rather than before it. Some offered only alcohol gel,
which does not work against E. coli on dirty hands. Schools booking trips were not told what to do.

We needed the people who saw the cases, the people who could test for them, and the people who could
change how children behave at the farms to work together before the season started, not after it.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since 2023 every open farm in the district has an unannounced inspection before Easter and again in the
summer holidays, focused on hand washing, the layout of eating areas and the supervision of animal
contact, using a checklist agreed with UKHSA. Farms that fall short must put things right before the next
weekend. The regional laboratory now tells us on the same day when a child's sample is positive for E.
coli O157 and the child is known to have visited a farm, instead of waiting for the full typing result,
and whole genome sequencing lets us link cases to a farm within days. The county council's education team
sends every school and nursery that books a farm visit a short checklist for staff and a letter for
parents.

<<Q:Confirmed E. coli O157 cases in children linked to open farms in the district fell from 14 in 2021-22
to 5 in 2023-24.>> <<Q:Cases of haemolytic uraemic syndrome linked to the farms more than halved over the
same period, from 5 to 2.>> <<Q:Farms meeting all of the hand washing standards at their first
unannounced inspection rose from 40% in spring 2023 to 93% in summer 2024.>> <<Q:The time from a positive
result to our first visit to a suspected farm fell from a median of 6 days to 1 day.>>

We carried out 96 inspections over the two seasons and closed the animal contact areas at two farms for a
weekend while faults were fixed.
"""),
        ("spread", "3. How has the work been shared or spread?", """
UKHSA has shared our checklist with environmental health teams across the region, and the national
working group on farm attraction guidance has asked to use our specification for low-level sinks. The
county council's education team now sends the school checklist to every school in the county, not only
those in Tarrowdale.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The inspections are part of our existing health and safety work, moved to the times of year when the risk
is highest. Farms paid for new low-level sinks and signs themselves, and most spent less than £2,000. A
child with haemolytic uraemic syndrome may spend weeks in hospital, and lifelong kidney problems can
follow. Farm owners tell us the inspection certificate has been good for business, and school staff say
the checklist gives them something clear to follow.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Environmental health officers and UKHSA's health protection practitioners wrote the inspection
checklist together, and the officers changed it after the first round to score whether sinks are at a
height a four-year-old can reach, because that was the commonest fault.>> <<S:Scientists at the regional
public health laboratory suggested the same-day call for children who had visited a farm, after looking
back at outbreaks where the typing result arrived too late to close a farm before the weekend.>>
<<S:Renal nurses at the children's hospital asked us to tell them when a farm is linked to a case, so that
they can advise families of other children who visited, and that is now part of our outbreak plan.>>
<<S:Early years advisers in the county council's education team tested the school checklist on trips in
2023 and asked for it to fit on one side of paper, which it now does.>>

Parents of the children who became ill were interviewed by environmental health officers as part of each
outbreak investigation. All visitors are given a hand washing leaflet at the farm entrance. The mother of
a boy who needed dialysis in 2022 was told about the new inspections before the 2023 season started. We
hope to ask families who visit the farms for their views next year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I811  online prescribing of antibiotics for urinary tract infections - pdf
#       - numbered questions - PRIVATE online doctor company as primary
#       entrant, with a university and the ICB (ineligible) - chief medical
#       officer, corporate - women who used the service and a patient group
#       involved - NO staff involvement (prescribers trained and briefed, a
#       named clinical director, the ICB approving, a survey that changed
#       nothing, university as evaluator, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I811", format="pdf", layout="numbered_questions", topic="online_uti_antibiotic_prescribing",
    project="independent51-righttablet-811", pdf_font="LiberationSans", pdf_align="L",
    title="Right Test, Right Tablet: safer online prescribing for urinary tract infections",
    cover=[
        "Primary entrant: Clearwell Online Health Ltd (online doctor and pharmacy service)",
        "Partners: University of Redmarsh (Centre for Antimicrobial Research); NHS Redmarsh and Vale Integrated Care Board",
        "Submitted by the Chief Medical Officer, Clearwell Online Health Ltd",
    ],
    primary_entrant=dict(name="Clearwell Online Health Ltd", type="private"),
    partners=[
        dict(name="University of Redmarsh", type="university"),
        dict(name="NHS Redmarsh and Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. Describe the service and why a partnership was needed", """
Clearwell is an online doctor and pharmacy service. Patients complete an online questionnaire, which is
reviewed by one of our prescribers, and medicines are posted or collected from a partner pharmacy.
Urinary tract infection is one of our most common requests, with around 2,400 consultations a month, most
of them from women aged 18 to 65.

In 2022 we asked ourselves some uncomfortable questions. Our questionnaire had been designed to make it
easy to get treatment. It did not ask enough about symptoms that should lead to a face-to-face
assessment, such as fever, back pain or vomiting, which can mean the infection has spread to the kidneys.
It did not reliably pick up men, pregnant women or people with frequent infections, who need a urine
culture and often a different approach. It did not ask about kidney function, which matters for
nitrofurantoin. And it offered the same antibiotics everywhere, even though trimethoprim resistance in
urine samples in some areas is above 30%. Online prescribers cannot see the local laboratory results that
NHS prescribers see.

We approached the University of Redmarsh's antimicrobial research centre, which has published on online
prescribing, to evaluate whatever we changed, and the integrated care board, whose antimicrobial
pharmacists produce the area's prescribing guidance, for permission to use that guidance and the local
resistance data. Most of our patients live in the ICB's area, and their GP practices were picking up the
pieces when online treatment failed.
"""),
        ("evidence", "2. What evidence is there of improved safety?", """
The new questionnaire went live in May 2023. It screens out red flag symptoms and directs the patient to
urgent care, refers men, pregnant women and people with three or more infections in a year for a urine
test, and asks about kidney disease. The choice of antibiotic follows the ICB's guidance and local
resistance data supplied every quarter by the university. The university evaluated the first year,
comparing it with the year before.

<<Q:Prescriptions for men with urinary symptoms without any referral for testing or examination fell from
22% of male consultations to 2%.>> <<Q:Trimethoprim as a share of first-line prescriptions fell from 46%
to 9%, in line with local resistance data.>> <<Q:Patients requesting a second course within 14 days,
which usually means the first did not work, went down from 13% to 6%.>> <<Q:Requests with red flag
symptoms that were nevertheless treated online fell from 4.1% to 0.3%.>>

In the year, 3,920 patients were directed to urgent care or to their own GP rather than being treated
online.
"""),
        ("spread", "3. How has the work been shared?", """
We have published our questionnaire and decision rules and shared them with the regulator for online
pharmacy services and with two other online providers. The university presented the evaluation at a
national antimicrobial stewardship conference. We now use the same approach for sore throats and skin
infections.
"""),
        ("value", "4. Impact on patient and staff experience, and value for money", """
The redesign was paid for by Clearwell, at a cost of about £85,000 including the university's evaluation.
A kidney infection that is missed can lead to sepsis, and each course of the wrong antibiotic means longer
illness and more antibiotics. Some patients were frustrated at first to be sent for a test, but most
understood once the reason was explained.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:We invited twelve women who had used the service for recurrent infections to a paid online workshop,
and they told us that being refused antibiotics without explanation simply sent them to another website,
so every referral now comes with a clear explanation and a same-day route to a test.>> <<P:Four of them
then tested the new questionnaire on their phones and suggested breaking it into short pages, which we
did.>> <<P:A support group for people with recurrent urinary infections reviewed our information on when
to seek urgent help and asked us to put it at the top of the confirmation email.>>

All 46 of our prescribing pharmacists and doctors were trained in the new decision rules. Our clinical
team was briefed on the changes at the monthly governance meeting. The protocol was written by our
Clinical Director, Dr Neil Ashby, and approved by the ICB. We surveyed our prescribers after six months
and they were comfortable with the changes, so we made no alterations. We plan to set up a prescribers'
forum in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I812  Pseudomonas in taps and sinks on a neonatal unit - docx - style
#       headings - infection prevention nurse consultant, formal -
#       departments of ONE foundation trust (neonatal unit, infection
#       prevention, estates, microbiology), no partner organisation
#       (ineligible) - staff involved (plumbers, domestic assistants) - NO
#       patient involvement (parents informed, duty of candour, a negation, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I812", format="docx", layout="style_headings", topic="neonatal_unit_pseudomonas_water",
    project="independent51-safewater-812", docx_font="Calibri",
    title="Safe Water for the Smallest: preventing Pseudomonas infections from taps and sinks on the neonatal unit",
    cover=[
        "St Cuthbert's Hospitals NHS Foundation Trust",
        "A partnership between the Neonatal Intensive Care Unit, Infection Prevention and Control, Estates and Facilities (Water Safety Group) and the Microbiology Laboratory",
        "Lead author: Nurse Consultant, Infection Prevention and Control",
    ],
    primary_entrant=dict(name="St Cuthbert's Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Pseudomonas aeruginosa is a bacterium that thrives in water systems, particularly in the waste pipes and
drains of sinks, where it forms a biofilm that is very difficult to remove. When a tap runs into a sink,
droplets can splash well beyond the basin, carrying the bacteria onto hands, equipment and surfaces. For
premature babies, with immature skin and immune systems and with lines and tubes in place, Pseudomonas can
cause pneumonia, bloodstream infection and meningitis, and it can be fatal.

Our 28-cot neonatal intensive care unit opened in 2009. In 2021/22 six babies on the unit developed
Pseudomonas bloodstream infections, and typing by the national reference laboratory linked the strains to
the unit's own sinks. Water samples showed Pseudomonas in the outlets of more than a third of the taps
tested. The unit had been designed with a hand wash sink beside every cot, which was considered good
practice at the time, but several sinks were rarely used, so water stood in the pipes. Milk, medicines
and cleaning fluids were being poured down clinical sinks, which feeds the biofilm, and the drains were
cleaned with the same products used on the floor.

Responsibility was divided. The Water Safety Group was responsible for water across the hospital,
infection prevention for infections, the neonatal team for the babies and microbiology for testing. Before
2022 the four had never sat down together to look at a single unit.
"""),
        ("evidence", "Outcomes", """
From May 2022 the project removed 14 of the 32 sinks in the clinical area, replaced the remaining taps with
models without flow straighteners, fitted point-of-use filters, replaced the drains, and introduced
monthly thermal and chemical disinfection of waste traps. Clinical sinks are now used only for hand
washing, and a separate disposal sink is used for fluids. Every outlet is sampled each month and the
results are reviewed at a joint meeting.

<<Q:Pseudomonas aeruginosa bloodstream infections in babies on the unit fell from 6 in 2021/22 to none in
2023/24.>> <<Q:Babies found to be colonised with Pseudomonas on weekly screening went down from 11 to 2
over the same period.>> <<Q:Tap outlets testing positive for Pseudomonas fell from 38% of those sampled in
the first survey to 4% in the most recent.>>

More than 2,300 water samples have been tested since the project began.
"""),
        ("stakeholders", "Engagement", """
<<S:Neonatal nurses mapped every activity that took place at each sink over a week, and their map showed
that a third of the sinks were used for nothing but disposal, which is what persuaded the unit to remove
them.>> <<S:Plumbers from the estates team suggested moving the remaining sinks so that water could not
splash onto cots or the preparation area, and they measured splash distances with dye before the new
layout was agreed.>> <<S:Domestic assistants told us they had never been given a separate product for
drains, and they now have a dedicated drain cleaning kit and a schedule that they designed with the
infection prevention team.>> <<S:Biomedical scientists in the microbiology laboratory proposed sampling
the drains as well as the taps, which found contamination that tap samples alone would have missed.>>

Parents were informed of the changes through a notice in the parents' room and were asked not to use the
clinical sinks. The families of the babies affected in 2021/22 were given a full explanation under the
duty of candour. We did not consider it appropriate to involve parents in the design at a time when their
babies were so unwell. A parents' reference group for the unit is planned for next year.
"""),
        ("value", "Value", """
Point-of-use filters and new taps cost about £46,000 in the first year, and the monthly disinfection and
sampling cost about £18,000 a year. A single late-onset bloodstream infection in a premature baby adds
weeks to the stay in intensive care, and some babies do not survive. Staff say the unit feels calmer, and
nurses no longer have to think about where they stand at the sink.
"""),
        ("spread", "Spread", """
The sink audit and the drain cleaning schedule have been adopted by the trust's adult intensive care unit
and haematology ward. We presented the work at a national infection prevention conference and shared it
with the regional neonatal network. The trust's design standard for new clinical areas now limits the
number of sinks and sets their distance from the bed.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I813  live vaccines given to people whose immunity is suppressed - pdf -
#       form table - short - PCN clinical pharmacist, matter-of-fact - PCN
#       with the acute trust's specialist departments, the LPC and an
#       arthritis support group - a patient involved in the context section,
#       support group members and staff involved - NO quantitative evidence
#       (register counts, a single audit figure, a target, a zero with no
#       earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I813", format="pdf", layout="form_table", topic="live_vaccines_immunosuppressed",
    project="independent51-checkbeforejab-813", pdf_font="LiberationSans",
    title="Check Before the Jab: stopping live vaccines being given to people whose immunity is weakened",
    cover_table=[
        ("Entry title", "Check Before the Jab: stopping live vaccines being given to people whose immunity is weakened"),
        ("Lead organisation", "Hollins Vale Primary Care Network (nine GP practices)"),
        ("Partner organisations", "Hollins Vale Hospitals NHS Trust (Rheumatology, Dermatology and Haematology); Hollins Vale Local Pharmaceutical Committee; Hollins Vale Arthritis Support Group"),
        ("Entrant", "PCN Clinical Pharmacist and Immunisation Lead"),
    ],
    primary_entrant=dict(name="Hollins Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Hollins Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hollins Vale Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hollins Vale Arthritis Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Some vaccines contain live, weakened viruses. They are safe for most people but can cause serious
infection in people whose immune system is suppressed by medicines such as high-dose steroids,
methotrexate, biologic drugs or chemotherapy. For adults the main one was the live shingles vaccine, which
older people were routinely offered until a non-live vaccine replaced it, but live vaccines are still used
for travel, such as yellow fever, and in some childhood programmes.

Many people on these medicines have them prescribed and monitored by the hospital, not the GP. The GP
record may show only an old entry or nothing at all, and vaccine invitations are generated automatically
by age. In 2022 one of our practices gave a live shingles vaccine to a woman in her seventies who was on
a biologic drug for rheumatoid arthritis supplied directly to her home by a homecare company. She
developed widespread shingles and spent eleven days in hospital.

<<P:The project began when she came to a PCN board meeting with a member of the Hollins Vale Arthritis
Support Group and asked us how it could have happened, and the two of them then helped us write the
questions that are now asked before every vaccine.>>

The goals were a complete, coded list of everyone in the PCN on immunosuppressing treatment, including
hospital-only drugs; an automatic block on live vaccine invitations for them; and a check at every
vaccination appointment.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The hospital's rheumatology, dermatology and haematology departments now send the PCN a monthly list of
patients starting or stopping immunosuppressing drugs, and the PCN pharmacists code them in the practice
record. A search flags anyone on the list when a live vaccine invitation is generated, and vaccinators
ask three questions before every vaccine.

By March 2025, 1,912 patients were coded on the immunosuppression register, 604 of them on drugs supplied
only by the hospital. An audit of 100 vaccination appointments in January 2025 found the three questions
recorded in 94. Our target is 100%. We are not aware of any live vaccine being given to a person on the
register since the project started in April 2023.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the support group tried the three questions out on each other and said that 'are you
immunosuppressed?' meant nothing to them, so the questions now name the medicines and ask 'do you have
any injections or drips at the hospital?'>>

<<S:Practice nurses and healthcare assistants who give vaccines asked for the questions to pop up on
screen when the vaccine template is opened, and the PCN's digital lead built it that way.>>
<<S:Rheumatology specialist nurses offered to send the monthly list after realising that their homecare
patients did not appear on any GP prescribing search.>> <<S:Community pharmacists asked to be told about
patients on the register who use their travel clinics, and they now check before giving any travel
vaccine.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The work used existing pharmacist and nurse time and cost nothing extra. A single serious infection from a
live vaccine in a person with a weakened immune system can mean weeks in hospital. Patients say they feel
safer knowing the question will be asked, and nurses say the prompt takes seconds.
"""),
        ("spread", "How has the work been shared and spread?", """
The other four PCNs in the borough adopted the monthly list and the screen prompt from April 2025, and the
LPC has shared the three questions with pharmacy travel clinics across the county.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I814  syphilis screening in pregnancy - docx - reordered (results first,
#       then context, stakeholders, spread) - antenatal screening
#       coordinator, organised - acute trust maternity with the pathology
#       network's host trust, the community trust's sexual health service
#       and council public health - women involved (one P sentence in the
#       context section, in the passive) and staff involved - NO value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I814", format="docx", layout="reordered", topic="antenatal_syphilis_screening_follow_up",
    project="independent51-everyresult-814", docx_font="Garamond",
    title="Every Result Followed Up: syphilis screening in pregnancy, from first test to treated partner",
    cover=[
        "Lead: Merrowby Hospitals NHS Trust, Maternity and Antenatal Screening Service",
        "Partners: Fenn Valley Hospitals NHS Trust (host of the Fenn and Merrowby Pathology Network); Merrowby Community Health NHS Trust (Integrated Sexual Health Service); Merrowby Borough Council (Public Health Commissioning)",
        "Written by the Antenatal and Newborn Screening Coordinator",
    ],
    primary_entrant=dict(name="Merrowby Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenn Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Merrowby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Merrowby Borough Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "What has changed", """
We looked at every woman with a reactive syphilis screening result in pregnancy in the two years before
the new pathway (2021 and 2022, 61 women) and the two years since (2023 and 2024, 74 women).

<<Q:The median time from a reactive screening result to the woman being seen by the sexual health team
fell from 19 days to 5 days.>> <<Q:Women with confirmed infection who completed treatment more than four
weeks before birth, which is what protects the baby, rose from 71% to 96%.>> <<Q:Partners who were tested
went up from 38% to 81%.>> <<Q:Babies who needed a full set of investigations and treatment at birth
because their mother's treatment was incomplete or too late fell from 7 to 1.>>

Seven women who were reinfected during pregnancy were picked up by the repeat test at 28 weeks.
"""),
        ("context", "Why this matters", """
Syphilis has been rising in England for more than a decade, and more women are being found to have it at
their antenatal booking blood test. Untreated syphilis in pregnancy can cause miscarriage, stillbirth and
congenital syphilis, which can damage a baby's bones, brain, eyes and hearing. Nearly all of this is
preventable: a course of penicillin at least four weeks before birth almost always protects the baby. The
challenge is making sure it happens, and that the woman is not reinfected by a partner who has not been
treated.

Before 2023, a reactive screening result went from the laboratory to the screening team, which wrote to
the woman's midwife, who asked her GP to refer her to sexual health, which sent her an appointment letter.
Each step could take days. Women who did not read English, were living in temporary housing, or were
frightened by the word 'syphilis' often did not come. Partners were rarely tested, because partner
notification only began once the woman had been seen. In 2022 a baby was born at 36 weeks with congenital
syphilis after his mother's appointments had been missed twice and nobody had followed up.

Since January 2023 the laboratory has phoned every reactive result to the screening coordinator and
emailed it to a named sexual health adviser on the same day. The woman is phoned by her midwife within two
working days and offered a joint appointment with a sexual health doctor in the antenatal clinic, so she
does not have to go to another building. Partners are offered a test at the same visit or at any sexual
health clinic without an appointment, and women with a reactive result are tested again at 28 weeks.

<<P:The results letter was also rewritten after it had been read aloud to a group of women at the Merrowby
Family Centre, who described the original as terrifying and said it made them think their baby would
certainly be harmed.>>
"""),
        ("stakeholders", "Who was involved", """
<<S:Midwives in the antenatal clinic told us they did not feel confident explaining a reactive result, so
the sexual health advisers wrote a short script with them and now run a session for every new midwife.>>
<<S:Biomedical scientists suggested phoning results directly, after showing us that the average reactive
result spent three days in the post and the internal mail.>> <<S:Sexual health doctors agreed to run a
monthly joint clinic in the antenatal department after their nurses said many pregnant women would not
walk into a building with 'sexual health' over the door.>>

<<P:Women who had been through the pathway in its first year took part in a listening session with the
Maternity Voices Partnership, and their main message was that the partner test should be offered in a way
that did not imply blame, so the partner invitation card now says 'routine check for both parents'.>>
<<P:One mother suggested that the baby's follow-up blood test should be booked before she left hospital
rather than by letter, and that is now what happens.>>
"""),
        ("spread", "Sharing and spread", """
The pathway has been adopted by the other maternity unit served by the pathology network. We shared it
through the regional screening quality assurance team and the national association of sexual health
advisers, and the council has written the joint clinic into its new sexual health contract.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I815  follow-up calls for sepsis survivors - pdf - with appendix - sepsis
#       charity founder, personal - charity with the acute trust's sepsis
#       team, a PCN and the ambulance service - survivors, families and
#       survivor volunteers involved - NO staff involvement (ward nurses
#       briefed, GP practices sent a letter, call handlers told through a
#       bulletin, a named nurse making referrals, a questionnaire that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I815", format="pdf", layout="with_appendix", topic="sepsis_survivor_follow_up",
    project="independent51-lifeaftersepsis-815", pdf_font="LiberationSerif", pdf_align="L",
    title="Life After Sepsis: helping survivors spot the next infection before it becomes an emergency",
    cover=[
        "Lead entrant: The Rowan Sepsis Trust (registered charity)",
        "Partners: Ellesmere Vale University Hospitals NHS Trust (Critical Care Outreach and Sepsis Team); Ellesmere North Primary Care Network; Pennine Ridge Ambulance Service NHS Trust",
        "Prepared by the founder and chief executive of The Rowan Sepsis Trust",
    ],
    primary_entrant=dict(name="The Rowan Sepsis Trust", type="charity"),
    partners=[
        dict(name="Ellesmere Vale University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ellesmere North Primary Care Network", type="primary_care"),
        dict(name="Pennine Ridge Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we did this", """
I set up The Rowan Sepsis Trust after my husband, Tom, survived septic shock in 2016 and then nearly died
of sepsis a second time eight months later. He had come home from intensive care weak, breathless and
muddled, with no idea that people who have had sepsis are more likely to get it again, or that the first
signs might not be what he expected. When he started shivering and felt confused one evening, he put it
down to the tiredness he had lived with since coming home. I thought he was just low. By the morning he
could not stand.

Many families have lived through the same thing. Around a fifth of people who survive sepsis are
readmitted to hospital within three months, often with another infection, and some of them die.
Survivors often have what is called post-sepsis syndrome: exhaustion, poor sleep, low mood, weak muscles,
and problems with memory and concentration. It is easy for the signs of a new infection to be lost in all
of that, by the person, by their family and by their GP.

Before this project, what happened after discharge was down to luck. Some survivors of intensive care were
seen in a follow-up clinic, but most people who had sepsis were treated on general wards and went home
with a discharge letter that might or might not mention the word. GPs did not know a survivor was at
higher risk. The ambulance service had no way of knowing that a caller had recently had sepsis. And
survivors and their families were left to work it out for themselves.

We are a small charity. Until 2023 we ran a helpline and a monthly survivors' group in a church hall, and
we usually heard from people weeks or months after they got home, often when something had already gone
wrong. We could not reach people at the moment they most needed it without the hospital telling us who
they were, and we could not make the rest of the system treat survivors differently without their GP
practices and the ambulance service on board. Equally, none of those organisations had the time to ring
every survivor, or the experience of living with what comes after sepsis. The partnership came about
because each of us had something the others lacked.

Life After Sepsis began in 2023. Every adult discharged from Ellesmere Vale's hospitals after treatment for
sepsis is offered a phone call from one of our trained support workers within a week of going home, and
further calls at one month and three months. Each survivor gets a sepsis survivor card and a simple plan
that tells them and their family what to watch for and what to do. With the person's consent, their GP
practice adds a code to their record so that any contact about a possible infection is treated as urgent,
and the ambulance service adds a note to their address so that call handlers and crews know the person
has recently had sepsis. Survivors who are struggling are referred to the hospital's sepsis nurse or to
their GP, and everyone is invited to our monthly survivors' group.
"""),
        ("evidence", "What difference it has made", """
The hospital's sepsis team gave us readmission figures for the people who took part, and we compared them
with an audit the same team carried out of sepsis survivors in 2021/22, before the project began.

<<Q:Readmissions with a further infection within 90 days of discharge fell from 31% of survivors in the
2021/22 audit to 19% of those supported by Life After Sepsis in 2023/24.>> <<Q:Among those who were
readmitted, the proportion needing intensive care went down from about one in four to about one in
ten.>> <<Q:When we asked survivors whether they knew the signs of a new infection, 22% said yes at their
first call and 87% at their three-month call.>>

Since the start, 1,140 survivors have been offered support and 912 accepted it. Our support workers have
made 2,600 calls, and 146 survivors have been referred back to the sepsis nurse or their GP with
concerns.

We are careful with these figures. The 2021/22 audit looked at a different group of people, and some
survivors who declined our support may have been readmitted to other hospitals. The hospital's sepsis team
is repeating the audit for 2024/25 and we will share the results when we have them.
"""),
        ("stakeholders", "Who was involved", """
This project was designed by survivors and their families. <<P:A group of eleven survivors and five family
members met with us every month for the first year, and it was their insistence that the first call should
come within a week, not at six weeks, because, as one of them put it, 'the first week is when you are most
frightened and least able to ask'.>> <<P:They wrote the survivor plan themselves, in the words they would
have wanted to hear, and tested it with people leaving hospital who had not been part of the group.>>
<<P:The families in the group asked for a separate page for the person at home, because they were often
the ones who noticed the change first, and that page is now the one most people tell us they keep on the
fridge.>> <<P:Two survivors from the group, both retired teachers, went on to train as volunteer support
workers and now make calls alongside our staff.>>

Ward nurses were briefed on the project and are reminded to give out our leaflet on discharge. GP
practices in the primary care network were sent a letter explaining the new code and what it means.
Ambulance call handlers were told about the address note through the service's clinical bulletin. Every
referral from the hospital has been made by the sepsis nurse specialist, Anna Roberts, as part of her
role. We sent a short questionnaire to GP practices after six months, and as the replies were positive we
did not change anything. We would like to set up a clinicians' advisory group in our next phase.
"""),
        ("value", "Value", """
The project costs about £74,000 a year, mostly for two part-time support workers, and is funded by the
charity with a grant from the integrated care board. A readmission with sepsis costs the NHS several
thousand pounds, and far more if the person needs intensive care.

For survivors, the difference is harder to put a price on. One woman told us that our first call was the
first time anyone had explained what had happened to her. Families say they no longer lie awake listening
to their loved one breathe.

Another survivor, a man in his sixties who lives alone, rang our support worker three weeks after going
home to say he felt 'not right' and had a temperature. Because the code was on his record, his practice
saw him within the hour, and he was admitted and treated for a kidney infection before it could turn into
sepsis again. He was home in three days. He told us that the first time round he would have gone to bed
and hoped for the best.
"""),
        ("spread", "Sharing what we have learned", """
The survivor plan and the call scripts are free on our website and have been downloaded by sepsis teams in
eleven other hospitals. The ambulance service is extending the address note to the other two hospitals in
its area. We have shared the work with the national network of sepsis charities and presented it at the
regional critical care network's annual meeting. A carers' charity in the north of the county has
started offering the same calls to the families of survivors using our scripts, and we are helping to
train its volunteers.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and data sources"),
        ("para", "Sepsis: a life-threatening reaction to an infection, in which the body's response to the infection damages its own organs. Post-sepsis syndrome: physical, psychological and cognitive problems that can last for months or years after sepsis."),
        ("para", "Readmission figures were provided by the Critical Care Outreach and Sepsis Team at Ellesmere Vale University Hospitals NHS Trust from the hospital's patient administration system. The 2021/22 comparison is the hospital's own audit of 204 sepsis survivors. Figures on survivors' knowledge of the signs of infection come from The Rowan Sepsis Trust's call records."),
        ("para", "The Rowan Sepsis Trust, 4 Chapel Yard, Ellesmere Vale EV3 9QT. Registered charity."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I816  antibiotics for toothache - docx - bullet lists - short - PRIVATE
#       dental group as primary entrant, with the ICB and the LPC
#       (ineligible) - clinical director, brisk - dental nurses, receptionists
#       and pharmacists involved - NO patient involvement (a leaflet, a
#       satisfaction survey that changed nothing, a plan); 'fell by a third'
# ---------------------------------------------------------------------------
entry(
    id="I816", format="docx", layout="bullet_lists", topic="dental_antibiotics_toothache",
    project="independent51-painrelief-816", docx_font="Arial",
    title="Pain Relief, Not Pills: cutting unnecessary antibiotics for toothache",
    cover=[
        "Submitted by Brightway Dental Group Ltd (11 NHS dental practices)",
        "Working with NHS Harbourside and Weald Integrated Care Board (Dental Commissioning and Medicines Optimisation) and Harbourside Local Pharmaceutical Committee",
        "Contact: Clinical Director, Brightway Dental Group",
    ],
    primary_entrant=dict(name="Brightway Dental Group Ltd", type="private"),
    partners=[
        dict(name="NHS Harbourside and Weald Integrated Care Board", type="icb"),
        dict(name="Harbourside Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why", """
- antibiotics do not cure toothache: most dental pain needs treatment, such as draining an abscess or removing an inflamed nerve, not a prescription

- in 2022 our 11 practices were issuing around 900 antibiotic prescriptions a month, most for urgent patients with pain but no swelling

- urgent patients were often given antibiotics 'to tide them over' because there was no time to treat them on the day, and came back weeks later no better

- every course carries a risk of side effects, allergic reactions and C. difficile infection, and adds to antibiotic resistance

- community pharmacists were seeing the same patients asking for stronger painkillers or a second course

- in one case in 2022 a man given three courses of antibiotics in six weeks without treatment was admitted with a spreading facial infection and needed surgery under general anaesthetic

What we changed, from March 2023:

- a 20-minute 'treat now' urgent slot in every practice every day, so that the cause can be dealt with at the first visit

- a prescribing checklist based on national dental guidance, built into our records system, which must be completed before an antibiotic prescription can be printed

- a monthly prescribing report for each dentist, produced by the ICB's medicines optimisation team

- community pharmacies give a pain relief advice card and refer patients back to the practice rather than to a GP or NHS 111
"""),
        ("evidence", "Results", """
- <<Q:antibiotic prescriptions per 100 urgent appointments fell from 24 in 2022 to 9 in 2024>>

- <<Q:the share of urgent patients who had definitive treatment at their first visit rose from 35% to 72%>>

- <<Q:patients coming back within four weeks with the same problem fell by a third>>

- we provided 14,200 urgent appointments in 2024

- figures are from our records system and the ICB's prescribing data
"""),
        ("stakeholders", "Who helped", """
- <<S:dental nurses designed the 'treat now' slot with the dentists, and suggested having the instruments set up at the start of each session so that no time is lost>>

- <<S:receptionists rewrote the questions they ask on the phone, so that patients with facial swelling or difficulty swallowing are sent to urgent care and everyone else is offered a 'treat now' slot>>

- <<S:community pharmacists, through the LPC, asked for a direct phone line back to the practice, which every practice now has>>

- patients are given a leaflet explaining why antibiotics do not help toothache

- we asked patients about their visit in our usual satisfaction survey and the scores were high, so we made no changes

- we plan to involve patients in reviewing the leaflet next year
"""),
        ("value", "Value", """
- the checklist and the reports cost nothing extra

- fewer repeat visits mean more urgent appointments for new patients

- dentists say they feel more confident saying no to antibiotics

- the ICB's medicines optimisation team estimates the drug cost saved at about £4,000 a year, which is small, but the real saving is in complications and repeat visits avoided

- a spreading dental infection that needs surgery under general anaesthetic means at least one night in hospital and sometimes intensive care
"""),
        ("spread", "Spread", """
- the ICB has shared the checklist with all 140 NHS dental practices in its area

- we presented the work at the local dental network meeting in 2024

- two other dental groups in the region have asked to use the 'treat now' slot and the telephone questions, and we have given them both

- the LPC has added the pain relief advice card to its pack for new community pharmacists across Harbourside and Weald
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
