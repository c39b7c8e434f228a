"""One-hundred-and-twelfth independent evaluation set (I1777..I1792) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing cancer centres, laboratories,
universities, research teams, GP federations, councils, charities and companies send in,
in their own voices and at their own length.  The theme of this set is research, genomics
and testing partnerships: pharmacogenomic testing before prescribing, the safety of
people taking part in clinical trials, following up genetic results from biobanks and
clinics, university-led safety research put into practice, and new devices evaluated
with industry.

Topics, with the lead's type and the layout:
  I1777 DPYD gene testing before fluoropyrimidine chemotherapy (nhs_trust, a cancer
        centre; pdf own_headings);
  I1778 point-of-care CYP2C19 genotyping before clopidogrel after stroke or TIA
        (university; docx rubric_headings with a cover table);
  I1779 clinical trial participants who call 999 with possible side effects
        (emergency_service, ambulance; pdf two_column);
  I1780 actionable genetic findings returned to volunteers in a population biobank
        (charity, a cohort study charity; docx no_headings);
  I1781 familial hypercholesterolaemia found in GP records and cascade testing of
        relatives (primary_care, GP federation; pdf caps_headings);
  I1782 confirming high-risk results from home genetic test kits (private consumer
        genetics company as primary entrant; docx bullet_lists);
  I1783 investigational medicines for trial participants on general wards (nhs_trust,
        departments of one trust, no partner; pdf style_headings made from Word via
        soffice);
  I1784 infusion pump programming errors, from a university simulation study to the
        wards (nhs_trust, acute; docx numbered_questions with cover bullets);
  I1785 connected medicines dispensers evaluated with their manufacturer in reablement
        (local_authority; pdf form_table with a cover table);
  I1786 a rapid bedside gene test for antibiotic-related deafness in newborn babies
        (nhs_trust, women's and children's; docx style_headings);
  I1787 trial medicines delivered to participants' homes in a decentralised trial
        (university, clinical trials unit; pdf bullet_lists);
  I1788 Lynch syndrome testing of bowel and womb cancers that stalled between
        laboratory and clinic (icb, cancer alliance; docx reordered, results first, no
        spread section);
  I1789 look-alike and sound-alike medicine errors in community pharmacies, from
        university research to the shelves (primary_care, local pharmaceutical
        committee; pdf numbered_questions);
  I1790 a handheld AI-supported ECG device at flu clinics (private medical technology
        company as primary entrant; pdf with_appendix);
  I1791 DNA banking for dying patients so that relatives can be tested later (charity,
        hospice; docx bold_headings with a cover table);
  I1792 inherited heart rhythm conditions and medicines to avoid recorded in GP and
        pharmacy systems (patient_group; docx form_table, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 112   (writes data/corpus/independent112/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (tests, samples, deliveries, calls, referrals,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including a sustained shift on a run or SPC chart described with its values);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, research participants or public contributors who
    helped shape the work, unusual job titles, list items), wherever in the entry it is
    told; a volunteer or peer worker with lived experience, employed by a partner, who
    helped design the work is PS;
  * not P/S: beneficiaries, people tested, screened or recruited to a study, people
    trained, briefed, informed or sent letters, plans and intentions, negations, unnamed
    'stakeholders', organisations agreeing or funding, a single named lead doing their
    job, audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
federations and local pharmaceutical committees are primary_care; patients' and families'
support groups are patient_group; hospices and research charities are charity; a
genomic laboratory hub hosted by a trust is nhs_trust; a university is university;
device, diagnostics, consumer genetics and courier companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1777  DPYD testing before fluoropyrimidine chemotherapy - pdf - own
#        headings - consultant oncology pharmacist, detailed - cancer centre
#        with the genomic laboratory hub and a bowel cancer support group -
#        patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1777", format="pdf", layout="own_headings", topic="dpyd_testing_before_chemotherapy",
    project="independent112-testfirst-1777", pdf_font="LiberationSans", pdf_align="L",
    title="Test First, Dose Right: DPYD results in hand before the first cycle of chemotherapy",
    cover=[
        "Lead organisation: Calderbrook Teaching Hospitals NHS Foundation Trust (Brennan Cancer Centre)",
        "Partners: North Pennine Genomic Laboratory Hub, hosted by Skelmore University Hospitals NHS Trust; Calderbrook Bowel Cancer Support Group",
        "Submitted by the Consultant Pharmacist, Cancer Services",
    ],
    primary_entrant=dict(name="Calderbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="North Pennine Genomic Laboratory Hub", type="nhs_trust"),
        dict(name="Calderbrook Bowel Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Fluorouracil and capecitabine are among the oldest and most widely used chemotherapy drugs we have. At
the Brennan Cancer Centre they are part of treatment for about 900 people a year, most with bowel
cancer but also breast, stomach, pancreatic and head and neck cancers. Both drugs are broken down by an
enzyme called DPD. A small proportion of people carry changes in the DPYD gene that mean they make less
of the enzyme. Given a standard dose, they can be poisoned by it: severe diarrhoea, mouth ulcers so bad
they cannot swallow, a collapse in their white cells and, in the worst cases, death.

Since 2020 national guidance has said that everyone should be tested for the common DPYD variants before
starting these drugs. On paper we were doing this. In practice the test was sent away, the result came
back on average two weeks later as a scanned letter, and it was filed in the electronic record under
'external correspondence' alongside hundreds of other documents. Oncologists who wanted to start
treatment quickly, often for good reasons, sometimes prescribed the first cycle before the result was
known. Others delayed treatment while they waited, which worried patients and did them no good either.

In October 2021 a 68-year-old man with bowel cancer was given a full dose of capecitabine. His DPYD
result, showing that he carried one copy of a reduced-function variant, had arrived four days earlier
and was sitting unread in the record. He was admitted twelve days later with neutropenic sepsis and
severe mucositis and spent eighteen days in hospital, six of them in intensive care. He survived, but
he never went back on treatment. When we reviewed his case we found three similar near misses in the
previous year, each caught by chance by a pharmacist checking the notes.

The root of the problem was that three organisations each held part of the process. We prescribed, the
genomic laboratory hub tested, and the result travelled between us by post and scanner. Nobody owned
the gap in the middle.
"""),
        ("evidence", "What changed and what difference it has made", """
From April 2022 we changed three things together. The DPYD test is now requested by the cancer
navigator at the point of referral to oncology, not at the first clinic visit, so the sample is usually
taken alongside the routine pre-treatment bloods. The laboratory hub runs DPYD testing twice a week
instead of once a fortnight. And the result is sent electronically as a coded value straight into our
chemotherapy prescribing system, which will not allow a full-dose fluoropyrimidine regimen to be
prescribed for a person with a reduced-function result until a pharmacist has entered the adjusted dose.
If no result has been received, the first cycle cannot be released from pharmacy without a consultant
signing that treatment cannot wait.

<<Q:The proportion of patients with a DPYD result available before their first cycle rose from 61% in
2021/22 to 98% in 2023/24.>> <<Q:The median time from sample to result in the record came down from 13
days to 5 days.>> <<Q:Chemotherapy starts postponed because the result was not back fell from 88 in the
year before the change to 9 in the most recent year.>>

<<Q:Emergency admissions with grade 3 or 4 toxicity during the first two cycles, among all patients
starting a fluoropyrimidine, fell from 11.2% to 6.9% over the same period.>> We recognise that other
things may have contributed, including better telephone triage for patients on chemotherapy, but the
fall was largest among patients on capecitabine, where dose changes based on DPYD status matter most.

Since April 2022, 2,140 people have been tested and 71 have carried a reduced-function variant. All 71
started on a reduced dose, and none has been prescribed a full dose since the system block went live.
"""),
        ("stakeholders", "Working together", """
<<S:Clinical scientists and bioinformaticians at the laboratory hub redesigned their report with our
pharmacists so that it carries a single coded result our prescribing system can read, rather than a
paragraph of free text.>> <<S:Chemotherapy day unit nurses tried out the new pre-treatment checklist for
a month and asked us to move the DPYD check to the top of the list, because it was the item most often
skipped when clinics ran late.>> <<S:The cancer navigators pointed out that they already booked every
patient's first bloods and offered to add the DPYD request themselves, which is the change that saved
the most time.>>

<<P:Members of the Calderbrook Bowel Cancer Support Group read three drafts of our patient leaflet and
told us that the phrase 'enzyme deficiency' made them think they had a second illness, so the leaflet
now talks about 'how your body clears the medicine'.>> <<P:Two members who had been through treatment
asked for a wallet card showing their result, so that an emergency department or another hospital would
know, and they helped design it.>> <<P:A woman who had been seriously ill after her first cycle in 2019,
before testing was routine, met our consultants and the laboratory team and described what those weeks
had been like, and she asked that no one be started 'just in case', which shaped our rule about
consultant sign-off.>>
"""),
        ("value", "Value for money and experience", """
The test itself was already funded nationally. The extra laboratory runs cost the hub about £18,000 a
year in staff time and reagents, which we share. Building the coded result and the prescribing block
took around sixty hours of our informatics team's time. Against that, one avoided intensive care stay
costs more than the whole year's extra testing.

Patients now hear about the test from the navigator in their first week, not as a surprise in clinic.
Oncologists no longer need to choose between waiting and taking a risk.
"""),
        ("spread", "Spreading the approach", """
The laboratory hub now sends coded DPYD results to the other four cancer units in the region, two of
which have switched on the same prescribing block. We have shared our build specification with the
supplier of our prescribing system so that other customers can use it. We presented the work at the
regional cancer pharmacists' network in 2024 and the wallet card has been adopted by the cancer alliance.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1778  point-of-care CYP2C19 genotyping before clopidogrel - docx - rubric
#        headings with a cover table - university professor, academic - with
#        an acute trust stroke service and a diagnostics company - staff
#        involved - NO patient involvement (patients tested, a questionnaire
#        that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1778", format="docx", layout="rubric_headings", topic="cyp2c19_genotyping_clopidogrel_stroke",
    project="independent112-rightantiplatelet-1778", docx_font="Cambria",
    title="The Right Antiplatelet: bedside CYP2C19 genotyping after stroke and TIA",
    cover_table=[
        ("Entry title", "The Right Antiplatelet: bedside CYP2C19 genotyping after stroke and TIA"),
        ("Lead organisation", "University of Ashcombe, School of Pharmacy and Pharmacology"),
        ("Partners", "Ashcombe and Ryeland Hospitals NHS Trust (Hyper-acute Stroke Unit and TIA Service); Genedock Diagnostics Ltd"),
        ("Contact", "Professor of Clinical Pharmacology, University of Ashcombe"),
    ],
    primary_entrant=dict(name="University of Ashcombe", type="university"),
    partners=[
        dict(name="Ashcombe and Ryeland Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Genedock Diagnostics Ltd", type="private"),
    ],
    sections=[
        ("context", "Background and the safety problem", """
Clopidogrel is the antiplatelet most often used to prevent a second stroke after an ischaemic stroke or
transient ischaemic attack (TIA). It is a prodrug: to work it has to be converted in the liver by an
enzyme coded by the CYP2C19 gene. Around a third of people in the UK carry at least one loss-of-function
variant of this gene, and in some ethnic groups the figure is higher. In these patients clopidogrel is
less effective, and the published evidence, including our own earlier cohort study, shows a higher risk
of a further stroke in the months after the first event.

Until recently there was no practical way to act on this. Laboratory genotyping took several days, by
which time the patient had usually gone home on clopidogrel and was unlikely to be reviewed. The stroke
team at Ashcombe and Ryeland had tried sending samples to an external laboratory in 2021, but fewer
than half of the results were ever looked at, because they arrived after discharge and went to a
consultant's inbox rather than to anyone who could change the prescription.

Our group at the university had spent five years studying the pharmacogenomics of antiplatelet drugs.
We were aware of a small point-of-care genotyping device, developed by Genedock Diagnostics, which could
give a CYP2C19 result from a cheek swab in about an hour. It had a CE mark but had not been evaluated in a
real NHS stroke pathway. The question for our partnership was a practical one: could the test be done
reliably by ward staff, and would knowing the result change prescribing and reduce harm?
"""),
        ("evidence", "Evidence of improvement", """
The pathway began on the hyper-acute stroke unit and in the daily TIA clinic in February 2023. Every
patient for whom clopidogrel is being considered has a cheek swab taken on admission or at the clinic
visit. If they carry a loss-of-function variant, the prescribing guidance recommends an alternative
antiplatelet, and the stroke pharmacist reviews the prescription before discharge.

Between February 2023 and January 2024, 1,284 patients were tested and 371 carried at least one
loss-of-function variant. The device gave a valid result first time in 96% of swabs.

<<Q:The time from admission to a genotype result fell from a median of three and a half days with
send-away testing to 64 minutes.>> <<Q:The proportion of known carriers discharged on clopidogrel went
down from 58% in the send-away pilot to 4%.>>

<<Q:Readmission with a further ischaemic stroke or TIA within 90 days halved across the whole treated
group compared with a matched cohort from the year before the pathway.>> The numbers are small and the
comparison is not randomised, so we have been careful not to over-claim; the full analysis has been
submitted for publication.
"""),
        ("spread", "Sharing and spread", """
The evaluation has been presented at the European Stroke Organisation conference and to the national
pharmacogenomics programme. Two other stroke units in the region have started using the device with our
training materials and standard operating procedure. Genedock has used the evaluation to support its
application for a national technology assessment. The university has included the pathway in its
postgraduate course in clinical pharmacy, so that the next generation of stroke pharmacists will know
how to use genotype results in practice.
"""),
        ("value", "Value and impact", """
Each test cartridge costs about £45. The alternative antiplatelet is slightly more expensive than
clopidogrel but is now available as a generic. Our health economic model suggests that testing every
eligible patient is cost-saving within two years if the reduction in recurrent strokes holds, because a
single recurrent stroke costs the NHS and social care tens of thousands of pounds in the first year
alone.

Patients in the study were very positive about the test. A satisfaction questionnaire was completed by
120 patients on the stroke unit in the first six months; almost all said the swab was quick and
acceptable, and as no concerns were raised, no changes were made to the process.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The stroke nurses on the hyper-acute unit decided where in the admission routine the swab should be
taken, after trying three different points, and chose to take it with the first set of observations
because that was the only time they could guarantee it would not be forgotten.>> <<S:Healthcare
scientists from the trust's point-of-care testing team ran the device alongside laboratory genotyping
for two months and, after finding that cartridges stored on the ward failed more often, had them moved
to a temperature-monitored cupboard.>> <<S:Junior doctors told us the first version of the prescribing
guidance was too long to use on a ward round, and the stroke pharmacists rewrote it as a one-page flow
chart that they then tested with them.>> <<S:Genedock's engineers changed the device's result screen
after ward nurses said that 'LoF/LoF' meant nothing to them, so it now reads 'Clopidogrel unlikely to
work - see guidance'.>>

Patients were not asked to help design the pathway, as the clinical question was largely technical.
Everyone who was tested received a leaflet explaining their result. We intend to recruit a patient and
public involvement panel, with people who have had a stroke, before the next phase of the work.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1779  clinical trial participants who call 999 - pdf - two columns -
#        ambulance service research lead, brisk - with an acute trust's
#        clinical research facility and a university clinical trials unit -
#        participants and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1779", format="pdf", layout="two_column", topic="clinical_trial_participants_999_calls",
    project="independent112-trialaware-1779", pdf_font="DejaVuSans",
    title="Trial Aware: recognising clinical trial participants when they call 999",
    cover=[
        "Westmarch Ambulance Service NHS Trust (lead), with the Brackenford Clinical Research Facility at Brackenford University Hospitals NHS Foundation Trust and the University of Brackenford Clinical Trials Unit",
        "Entry by the Head of Research and Clinical Audit, Westmarch Ambulance Service",
    ],
    primary_entrant=dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Brackenford University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Brackenford", type="university"),
    ],
    sections=[
        ("context", "The problem", """
At any one time several thousand people in our region are taking part in clinical trials of new
medicines: early cancer immunotherapies, new anticoagulants, gene therapies, vaccines. Most of them will
never need an ambulance because of their trial medicine. But some will, and when they do, the crew
usually has no idea.

Trial participants are given a card with a 24-hour number for the research team, but in a crisis the
card stays in a purse or a drawer. Our crews do not see trial medicines on the GP summary record,
because most trial medicines are supplied by the hospital and never appear there. If the person is
taken to their nearest emergency department rather than the hospital running the trial, the doctors there
may not know either.

Two cases in 2022 made this real for us. A man on an immunotherapy trial called 999 with diarrhoea and
breathlessness; he was assessed as having gastroenteritis and left at home, and was admitted the next
day with severe colitis and pneumonitis, both known side effects that need steroids urgently. A woman on
a blinded anticoagulant trial fell and hit her head, and the receiving hospital spent hours trying to
find out whether she was on an active drug.

When we looked back through a year of our own records, we found 143 attendances where the patient
record or the conversation on scene mentioned a trial, a study or a 'research nurse'. In only ten of
them had the crew contacted the trial team. Ringing a hospital research department at two in the
morning was not seen as part of a crew's job, and in any case the number was rarely to hand.

Meanwhile the research teams had no idea that their participants were calling 999 at all, unless the
participant told them weeks later at a study visit. Serious adverse events, which sponsors and
regulators require to be reported within strict time limits, were sometimes found out late, and
participants who could safely have been treated at home with advice from the trial doctor were instead
taken to hospitals that had never heard of their medicine.
"""),
        ("evidence", "What has changed", """
Since March 2023 the research facility sends us, with each participant's consent, a flag for their
address and phone number, which appears on the call handler's screen and on the crew's tablet. The flag
says which trial, what kind of medicine, the key side effects to think about and the 24-hour number.
Crews are prompted to call the trial team from the scene. The trials unit provides an out-of-hours
unblinding service that our clinical hub can reach directly.

By March 2024, 2,460 participants from 58 trials had a flag. Crews attended flagged addresses 318 times.

<<Q:Calls where the crew spoke to the trial team from the scene went from 7% of attendances to trial
participants in an audit of 2022 to 74% in 2023/24.>> <<Q:Conveyance of trial participants to the
hospital running their trial, where that was clinically appropriate, rose from 39% to 81%.>> <<Q:The time
to unblind a participant in an emergency fell from a median of 5 hours 20 minutes to 35 minutes.>> <<Q:Of
participants left at home after an ambulance attendance, the proportion re-contacting 999 or attending
an emergency department within 72 hours fell from 21% to 9%.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:The research facility's participant panel, made up of people currently or recently on trials, told
us that they would only agree to a flag if they could see exactly what it said, so every participant is
now shown the wording before it goes live.>> <<P:They also asked for a fridge magnet with the trial
number, which they felt was more likely to be found than a wallet card.>>

<<S:Paramedics and call handlers worked with research nurses in four workshops to decide what the flag
should say, and they cut it down to three lines after crews said anything longer would not be read.>>
<<S:Clinicians in our clinical hub tested the unblinding line at night and found it went to a voicemail,
which led the trials unit to move it to its pharmacy on-call rota.>> <<S:Research nurses at the
facility now review the flags every month and remove them when a participant leaves a trial.>>
"""),
        ("value", "Value", """
The set-up cost was mainly staff time, covered within existing budgets, plus about £6,000 for changes to
our computer-aided dispatch system. Avoided readmissions and fewer lost trial participants matter to
patients and to research, because a participant who is harmed and withdraws is also lost to the study.

Crews tell us the flag takes away a worry they did not know how to solve, and research nurses say they
now hear about problems in hours rather than at the next study visit, which means serious adverse
events are reported on time. For participants, the value is simpler: the person who comes to help them
knows what they are taking.
"""),
        ("spread", "Spread", """
The flag is now used for trials run by two other hospitals in our area. The national ambulance research
network has asked us to share our data-sharing agreement and flag template, and the university is
evaluating the service as part of a wider study of trial safety outside hospital.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1780  actionable genetic findings returned to biobank volunteers - docx -
#        no headings - research director of a cohort study charity, personal -
#        with a GP federation and a clinical genetics service - volunteers
#        involved (an unusual name, passive voice) - NO staff involvement (GPs
#        sent packs, a named coordinator, practice staff briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1780", format="docx", layout="no_headings", topic="biobank_actionable_genetic_findings",
    project="independent112-closingtheloop-1780", docx_font="Georgia",
    title="Closing the Loop: making sure Fenmarsh study volunteers act on genetic findings that could save their lives",
    cover=[
        "The Fenmarsh Family Health Study (registered charity), working with the Fenmarsh Primary Care Alliance (GP federation) and the East Wealdshire Clinical Genetics Service, Wealdshire University Hospitals NHS Trust",
        "Written by the Director of Research, Fenmarsh Family Health Study",
    ],
    primary_entrant=dict(name="The Fenmarsh Family Health Study", type="charity"),
    partners=[
        dict(name="Fenmarsh Primary Care Alliance", type="primary_care"),
        dict(name="Wealdshire University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Since 2009 around 38,000 people in Fenmarsh and the surrounding villages have given us blood samples,
health questionnaires and permission to follow their health records, so that researchers can study why
some families get heart disease, cancer or diabetes and others do not. Whole genome sequencing of the
samples began in 2019. When we designed the study we promised volunteers that if we found something in
their genes that was serious and that could be acted on, such as a BRCA1 or BRCA2 variant, Lynch
syndrome or familial hypercholesterolaemia, we would tell them.

We kept that promise, but in the way research usually does. A volunteer with an important finding was
sent a letter from the study explaining the result, with a copy to their GP and a suggestion that they
ask for a referral to clinical genetics. In 2022 we went back to check what had happened to the first
212 people we had written to. It was sobering. Fewer than four in ten had been seen by a genetics service.
Some had never received the letter because they had moved. Some had read it, been frightened and put it
in a drawer. Several told us their GP had not known what to do with it, and one had been told that
'research results don't count'. One woman with a BRCA2 variant had been diagnosed with advanced ovarian
cancer eighteen months after our letter; she had not been referred.

We were returning results that could prevent cancers and heart attacks, and then losing sight of the
people we had given them to. That is a safety failure, even if it happens outside a hospital.

The Closing the Loop service started in May 2023. Every volunteer with an actionable finding is now
telephoned by our results coordinator before any letter is sent. The coordinator confirms their address
and GP, explains the result in plain language and, if they agree, books them directly into a clinic
run by the East Wealdshire Clinical Genetics Service, which has agreed to accept our results as a
referral in their own right, without waiting for a GP letter. The genetics service repeats the test in
an accredited laboratory, so the finding becomes a clinical result, and writes to the GP with clear
advice about screening, preventive surgery or treatment. The Fenmarsh Primary Care Alliance has added a
coded entry and a recall to the GP record of every volunteer seen, so that the screening is not lost if
the person changes practice.
"""),
        ("evidence", None, """
<<Q:Of the volunteers we wrote to under the old arrangement, 38% had been seen in a genetics clinic
within six months of their result; of the 164 volunteers contacted through Closing the Loop up to March
2024, 81% were seen within six months.>> <<Q:The average time from our result being confirmed to a
genetics appointment fell from 7.5 months to 9 weeks.>> <<Q:Volunteers we could not reach at all went
from 14% to 3%, mainly because we now check addresses with the GP federation before writing.>>

Among those seen since May 2023, the genetics service has confirmed 151 of the findings. Forty-two women
have started enhanced breast screening, eighteen people with Lynch syndrome are on two-yearly
colonoscopy, and 37 people with familial hypercholesterolaemia have started a statin. Relatives of these
volunteers are now being offered testing too.
"""),
        ("stakeholders", None, """
The study has always been run with and for the people who take part. <<P:The letter that volunteers now
receive after their phone call was rewritten over three evenings by members of our Volunteer Council,
twelve people who have been in the study since it began, who replaced every technical word and insisted
that the first sentence say that this result is not a diagnosis of cancer.>> <<P:It was the Council too
that suggested we telephone first, because, as one of them put it, 'nobody should open that envelope on
their own'.>>

GP practices in the federation were each sent an information pack describing the new service and the
coded entry, and practice managers were briefed at the federation's quarterly meeting. The genetic
counsellors at East Wealdshire have seen the volunteers in their usual clinics. Our results coordinator,
Helen Marsh, has led the day-to-day running of the service since it began. We plan to ask practice
nurses how the recall is working for them during 2025.
"""),
        ("value", None, """
Closing the Loop costs us about £42,000 a year, mainly the results coordinator's post, which is funded
by a grant from a medical research charity. The genetics clinic appointments are part of the NHS
service. A single case of advanced ovarian or bowel cancer prevented by screening would cover many years
of the cost, quite apart from what it means to a family.

For volunteers, the biggest change is that they are no longer left alone with a frightening letter.
For the study, it has strengthened the trust on which everything we do depends, and volunteers tell us at our
open evenings that they are proud to have taken part.
"""),
        ("spread", None, """
We have shared our process, scripts and letters with the national network of population cohort
studies, and two other large cohorts are adapting them. The approach was discussed at a national
workshop on returning genetic results from research in 2024. The genetics service is now offering the
same direct referral route to a second research study in the county.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1781  familial hypercholesterolaemia case finding and cascade testing -
#        pdf - CAPS headings - GP federation clinical lead, plain - with a
#        lipid clinic at an acute trust and a families' support group -
#        patients and staff involved - no flags (one claim as an SPC shift)
# ---------------------------------------------------------------------------
entry(
    id="I1781", format="pdf", layout="caps_headings", topic="familial_hypercholesterolaemia_cascade_testing",
    project="independent112-familyhearts-1781", pdf_font="LiberationSerif", pdf_align="J",
    title="Family Hearts: finding familial hypercholesterolaemia in GP records and testing relatives",
    cover=[
        "Oakhollow GP Federation (lead entrant)",
        "With: Linmouth Lipid and Cardiovascular Genetics Clinic, Linmouth and Oakhollow Hospitals NHS Trust; Linnet Heart Families (support group for families with inherited high cholesterol)",
        "Contact: Clinical Lead for Cardiovascular Prevention, Oakhollow GP Federation",
    ],
    primary_entrant=dict(name="Oakhollow GP Federation", type="primary_care"),
    partners=[
        dict(name="Linmouth and Oakhollow Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Linnet Heart Families", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Familial hypercholesterolaemia, or FH, is an inherited condition that causes very high cholesterol from
birth. Untreated, around half of men with FH will have a heart attack by the age of 50, and a third of
women by 60. With a statin started early, their risk is close to that of anyone else. It is one of the
most treatable inherited conditions there is.

About one person in 250 has FH, which means there should be around 1,100 people with it among the
280,000 patients registered with our 31 practices. In 2021 only 96 of them had a coded diagnosis. The
rest were somewhere in our records, often with a cholesterol result in the red, sometimes on a low dose
of statin, often on nothing at all, and nobody had thought about their children, brothers and sisters.

Genetic testing for FH had been available through the lipid clinic for years, but referrals from general
practice were rare and slow. When someone did have a positive test, the clinic asked them to tell their
relatives and pass on a letter. Most letters were never passed on. Relatives registered with other
practices, or in other parts of the country, were usually never tested.

There were practical barriers too. Calculating the scores used to decide who should be tested takes
time that a GP in a ten-minute appointment does not have, and the referral form for the lipid clinic asked for information most
practices did not hold. Patients referred for testing waited up to nine months for a first appointment,
only to have a blood sample taken that could have been taken at their own surgery. Families who had lost
a parent or grandparent to a heart attack in their forties often assumed it was just bad luck, and
children of people with FH, who should be tested by the age of ten, almost never were.
"""),
        ("evidence", "WHAT WE DID AND WHAT HAS CHANGED", """
From September 2022 a federation pharmacist ran a search of every practice's records each quarter for
adults with a total cholesterol above 7.5 mmol/L at any time, or LDL cholesterol above 4.9 mmol/L,
together with a personal or family history of early heart disease. The search produces a Dutch Lipid
Clinic Network score for each person. A GP reviews the list, and anyone with a high score is offered a
genetic test, taken in the practice and sent directly to the lipid clinic laboratory without a hospital
appointment. When a variant is found, the lipid clinic's genetic nurse contacts relatives directly, with
the patient's permission, wherever they live, and arranges their tests through their own GP.

In two years the searches identified 1,430 people for review and 612 were tested. Of those, 138 had a
confirmed FH variant, and 214 of their relatives have been tested so far.

<<Q:The federation's monthly run chart of the proportion of people with a coded FH diagnosis who are on
high-intensity statin therapy shows a sustained shift from the start of the project, with nine
consecutive months above the previous median, and the proportion moved from 42% in 2021/22 to 71% in
2023/24.>> <<Q:The median time from an index patient's positive result to their first relative being
tested came down from 11 months to 3 months.>> <<Q:The proportion of index patients with at least one
relative tested rose from 23% to 64%.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Practice pharmacists from six practices tested the search and the review template for three months
before it was rolled out, and they asked for the Dutch score to be calculated automatically after
finding that hand scoring took twenty minutes a patient.>> <<S:The lipid clinic's genetic nurses and our
GPs agreed together that relatives would be contacted by the clinic rather than by the family, after
the nurses showed how few letters ever reached anyone.>> <<S:Practice receptionists told us that
patients phoning about a 'genetic test letter' were often anxious and asked for a script, which the
nurses then wrote with them.>>

<<P:Linnet Heart Families put us in touch with parents who had FH, and they helped us write the letter
relatives receive, asking that it start with the good news that FH is very treatable.>> <<P:One father
with FH, whose own father died of a heart attack at 44, recorded a short video for the federation
website about being tested with his two teenage sons, which families tell us persuaded them to come
forward.>>
"""),
        ("value", "VALUE", """
Each genetic test costs the lipid clinic about £150. The federation pharmacist's time for the searches
is around one day a month. Preventing one heart attack in a man in his forties saves far more than the
cost of the whole programme, and gives him back decades of life.

Testing in the practice rather than at the hospital has also freed around 400 lipid clinic
appointments a year, which the clinic now uses for people with the most complex lipid disorders.
Families tell us that being contacted directly, rather than having to break the news to relatives they
may not speak to, has lifted a burden they did not expect to be given.
"""),
        ("spread", "SPREAD", """
The search and the review template have been shared with the other three GP federations in the
integrated care system, and one has started using them. The lipid clinic's direct contact with
relatives is now its standard process for all FH referrals, whoever makes them.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1782  confirming high-risk home genetic test results - docx - bullet
#        lists - PRIVATE consumer genetics company as primary entrant with an
#        ICB and a GP federation (ineligible) - medical director, upbeat -
#        staff involved - NO patient involvement (customers emailed and told,
#        a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1782", format="docx", layout="bullet_lists", topic="home_genetic_test_kit_results_confirmation",
    project="independent112-confirmbeforeyouworry-1782", docx_font="Arial",
    title="Confirm Before You Worry: a safe route from a home DNA test result to NHS care",
    cover=[
        "Entrant: HelixHome Ltd",
        "Partners: NHS Ravensmoor Integrated Care Board; Ravensmoor South GP Federation",
        "Contact: Medical Director, HelixHome Ltd",
    ],
    primary_entrant=dict(name="HelixHome Ltd", type="private"),
    partners=[
        dict(name="NHS Ravensmoor Integrated Care Board", type="icb"),
        dict(name="Ravensmoor South GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The safety problem", """
HelixHome sells a home DNA test. Customers send a saliva sample and receive a report about ancestry,
traits and, if they choose, a small number of health-related variants, including three BRCA1 and BRCA2
variants.

Several risks came to light in 2022:

- customers with a BRCA variant in our report were turning up at their GP anxious and wanting immediate surgery or screening, and GPs were unsure whether a consumer result could be trusted

- a small number of our results were false positives when repeated in an NHS laboratory, and some customers had been told by other websites that they 'definitely had the cancer gene'

- customers with a 'no variant detected' result often believed they had no inherited risk at all, even though our test looks at only three of the thousands of possible variants, and some had cancelled NHS appointments as a result

- GP practices were referring customers to clinical genetics with our report alone, and the genetics service was rejecting many of these referrals because the result was not from an accredited laboratory

Consumer genetic tests are legal, popular and, for many people, an interesting hobby. But when a
report says that someone carries a variant linked to breast and ovarian cancer, it stops being a hobby.
We take responsibility for what our reports say, and we recognised that our customers were falling
into a gap between a private test and an NHS service that did not know what to do with it. One customer,
a woman in her thirties, paid for a private mastectomy consultation on the strength of our report before
anyone had confirmed it.

We approached the ICB in late 2022 because it was clear that we could not close this gap on our own.
The ICB and the federation agreed to work with us on the condition that the NHS would not pay for
confirming results generated by a private test, and that we would change our reports wherever they had
caused confusion.
"""),
        ("evidence", "What we changed and the results", """
Since January 2023, working with the ICB and the GP federation:

- any customer in the Ravensmoor area with a BRCA variant is offered a free call with one of our genetic counsellors before the report is released

- with their consent, a confirmation sample is taken at the GP practice and sent to the regional NHS laboratory, with the cost paid by HelixHome

- the GP receives a standard letter explaining the result, what it does not mean and the next step

- the 'no variant detected' wording in every report now says clearly that the person may still carry other variants and should follow NHS advice about family history

Results, comparing 2022 with 2023:

- <<Q:referrals to clinical genetics from Ravensmoor practices that were rejected because they were based on a consumer result fell from 46 to 3>>

- <<Q:the average time from a customer receiving a BRCA result to an NHS-confirmed result fell from 19 weeks to 4 weeks>>

- 212 customers had a counselling call, and 57 confirmation samples were sent

- two of the 57 samples did not confirm the variant, and those customers were told before they had any treatment
"""),
        ("stakeholders", "Who was involved", """
- <<S:GP clinical leads from the federation wrote the standard GP letter with our genetic counsellors, and asked us to remove the company logo from the top so that it would not look like advertising>>

- <<S:Practice nurses at four pilot practices tested the confirmation sample process and found that our kit packaging did not fit the laboratory's transport boxes, so we changed it>>

- <<S:The ICB's medicines and genomics lead and the regional laboratory's clinical scientists agreed the wording about what our test does and does not cover>>

- customers with a BRCA result were emailed to tell them about the new service

- we ran an online survey of 300 customers about the new report wording; most said it was clear, so it was kept as it was

- we plan to set up a customer advisory group in 2025
"""),
        ("value", "Value", """
- HelixHome pays for the counselling calls and confirmation tests, so there is no cost to the NHS

- GPs spend less time dealing with uncertain results

- the genetics service receives fewer inappropriate referrals

- customers with a confirmed result enter NHS screening months earlier than they would otherwise have done, which is where the real safety benefit lies

- the confirmation step protects customers from acting on a false positive, such as seeking preventive surgery they do not need
"""),
        ("spread", "Spread", """
- we are discussing the same arrangement with two further integrated care boards

- the GP letter template is available to any practice on request

- we shared the approach at an industry conference on consumer genomics in 2024

- we have changed the 'no variant detected' wording in our reports for all customers across the UK, not only in Ravensmoor

- the ICB has written to the national genomics programme about the need for clearer guidance for GPs on consumer test results
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1783  investigational medicines for trial participants admitted to general
#        wards - pdf (via Word) - style headings - lead research pharmacist,
#        measured - departments of one trust only, NO partner (ineligible) -
#        participants and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1783", format="pdf", layout="style_headings", topic="trial_medicines_general_wards",
    project="independent112-visibletrials-1783", render_via="soffice", docx_font="Liberation Serif",
    title="Visible Trials: making investigational medicines safe when trial participants are admitted to general wards",
    cover=[
        "Ravensmere University Hospitals NHS Foundation Trust",
        "A joint project of the Research and Development Department, the Pharmacy Clinical Trials Service, the Clinical Research Facility and the Digital Medicines Team",
        "Author: Lead Pharmacist, Clinical Trials",
    ],
    primary_entrant=dict(name="Ravensmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Ravensmere runs around 340 active clinical trials of medicines, and at any time roughly 1,500 of our
patients are taking an investigational medicinal product. Most of these trial medicines are dispensed
by our clinical trials pharmacy and taken at home. Trial prescriptions were written on paper trial-specific
forms, because our electronic prescribing and medicines administration system (EPMA) had no way of
recording a medicine that does not have a licence or, in a blinded trial, a known identity.

When a trial participant was admitted to a general ward, for any reason, the trial medicine was often
invisible. It did not appear on the electronic drug chart, it was not in the GP record used for medicines
reconciliation, and the patient, who might be confused, in pain or unconscious, did not always mention it.
Between 2020 and 2022 our incident system recorded 37 incidents involving trial participants on general
wards. They included a trial anticoagulant continued alongside a prescribed low molecular weight heparin,
a participant in an oral oncology trial given a strong CYP3A4 inhibitor that the protocol forbids, and
several cases where doses of the trial medicine were simply missed for days, which harms the patient and
can invalidate their place in the trial.

Several departments each held part of the answer: the research teams knew who was on which trial, the
trials pharmacy knew the medicine and its interactions, and the digital team owned the EPMA system.

Nobody had been asked to join these pieces together, and each department assumed another was handling
it. The research governance team treated it as a pharmacy matter; pharmacy saw it as an IT limitation;
the digital team had never been told about the incidents. In the autumn of 2022, after a participant in
a heart failure trial was given a second, prescribed drug from the same class as her trial medicine and
became severely hypotensive, the Director of Research brought the four departments together and asked
us to solve it jointly.
"""),
        ("evidence", "Results", """
From June 2023 every trial prescription has been entered into EPMA as a 'trial medicine' item. For blinded
trials the item shows the trial name and the possible treatments rather than a single drug name. Each item
carries the protocol's list of forbidden and cautioned medicines, which trigger an interruptive alert if
prescribed. A red 'trial participant' banner appears in the patient's record with the 24-hour number of
the research team. When a participant is admitted, the research team and trials pharmacy are notified
automatically.

<<Q:Incidents involving trial participants on general wards fell from an average of 12.3 a year in
2020-2022 to 4 in the twelve months from June 2023, and none of the four caused more than minor
harm.>> <<Q:Interactions with protocol-forbidden medicines reaching the patient fell from 9 in 2022 to
1.>> <<Q:Missed doses of trial medicines during an admission, measured in our quarterly audit, fell from
31% of admissions to 8%.>> <<Q:The research team now hears about an admission on average within four
hours, compared with 2.6 days before, when we relied on the participant or family telling us.>>

The interactive alerts have fired 412 times since go-live, and the prescriber changed the prescription
in most cases.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:The Ravensmere Research Patient Partners, a group of current and former trial participants who
advise the research department, told us that many of them did not know they should mention their
trial medicine on admission, and they designed the 'I'm on a trial' sticker that now goes on the
patient's NHS app and paper medicines list.>> <<P:Two of the partners sat on the project board for the
whole year and insisted that the banner should name the trial in plain English as well as by its
code.>>

<<S:Ward pharmacists and junior doctors tested the alert wording in a simulated ward round and reduced it
from six lines to two.>> <<S:Research nurses asked for the automatic admission notice to go to a shared
team inbox rather than to named individuals, so that it is seen when someone is on leave, and that is how it
now works.>> <<S:Pharmacy technicians in the trials pharmacy designed the data entry template after finding
that the first version took twenty minutes for each protocol.>>
"""),
        ("value", "Value", """
The work used the existing EPMA system and was delivered within the digital team's planned work, with
about 0.4 of a pharmacist's time for a year to build the protocol alerts. Fewer deviations also protect
the trust's reputation with trial sponsors, who notice when participants are harmed or withdrawn
because of avoidable errors.

For participants, the difference is that their trial medicine now travels with them through the
hospital. Ward staff say that they feel less anxious caring for someone on a trial, because the banner
tells them who to call and the alerts stop them making the interaction errors they used to worry about.
Research teams no longer find out at a study visit that their participant was in hospital two weeks
earlier.
"""),
        ("spread", "Spread", """
We have shared the EPMA build with the supplier's user group, and three other research-active trusts
have asked for our specification. We presented the work at the national research pharmacy conference in
November 2023.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1784  infusion pump programming errors, from a university simulation study
#        to the wards - docx - numbered questions with cover bullets - acute
#        trust patient safety lead, enthusiastic - with a university human
#        factors group - patient partners and staff involved - NO quantitative
#        evidence in the evidence section (dates, numbers trained, a single
#        compliance figure, a target, a budget; the one measured change is in
#        the context, from the research)
# ---------------------------------------------------------------------------
entry(
    id="I1784", format="docx", layout="numbered_questions", topic="infusion_pump_programming_errors_human_factors",
    project="independent112-pumpsense-1784", docx_font="Calibri",
    title="Pump Sense: taking human factors research on infusion pump errors onto the wards",
    cover_bullets=[
        "Lead entrant: Marchwood General Hospital NHS Trust",
        "Partner: University of Eastmoor, Healthcare Human Factors Research Group",
        "Category: Best Partnership Solution Improving Patient Safety",
        "Contact: Associate Director of Patient Safety, Marchwood General Hospital",
    ],
    primary_entrant=dict(name="Marchwood General Hospital NHS Trust", type="nhs_trust"),
    partners=[dict(name="University of Eastmoor", type="university")],
    sections=[
        ("context", "1. What was the patient safety problem, and why was a partnership needed?", """
Infusion pumps deliver some of the most dangerous medicines we give: insulin, heparin, potassium,
opioids, inotropes. A pump does exactly what it is told, so an error in programming it goes straight
into the patient. Over three years Marchwood reported 184 pump programming incidents, including a
tenfold overdose of morphine caused by a misplaced decimal point and a heparin infusion run in mL per
hour when the prescription was in units per hour.

Our pumps had a drug library with safety limits, but it was often bypassed. Our incident reviews showed
that 'basic infusion' mode was often chosen because the library was slow to search and used names that did not match the
electronic prescription.

The University of Eastmoor's Healthcare Human Factors Research Group had been studying exactly this. In
2021 and 2022 they ran a simulation study in their clinical skills centre in which 48 nurses programmed
pumps for realistic scenarios using our existing screens and then a redesigned drug library with
shorter, prescription-matched names and a different order of entry. <<Q:In the simulation, programming
errors fell from 14% of infusions with the current library to 3% with the redesigned one, and the time
taken to start an infusion was shorter too.>> The research was published in 2023, but we realised that
a result in a skills centre would not change anything on our wards unless we worked with the researchers
to bring it into real practice.

The researchers, for their part, wanted to know whether their findings would hold up outside the
laboratory, with real pumps, real interruptions and night shifts. Research of this kind often ends with
a paper and a set of recommendations that nobody has the time or the mandate to implement. We agreed
that the university would lead the design work and the evaluation, and the trust would provide the
clinical leadership, the pump configuration and the training, with our Chief Nurse as executive
sponsor.
"""),
        ("evidence", "2. What evidence do you have that the partnership has improved patient safety?", """
The redesigned drug library went live on all 1,150 of our volumetric and syringe pumps on 6 March 2024,
after a phased start on four pilot wards from October 2023. Between September 2023 and March 2024, 1,420
nurses, midwives and operating department practitioners completed the twenty-minute 'Pump Sense'
session, which was built around the scenarios used in the research.

The pumps' wireless reporting now shows us, for the first time, how often the library is used across
the trust. In the most recent quarter 92% of infusions were started from the library. Our target is 95%
by the end of 2024/25. We have seen no tenfold dosing errors reported since the go-live date, and the
pump incident review group, which meets monthly, has not identified any new type of programming error
linked to the new library.

The research group is carrying out a full before-and-after evaluation of reported incidents and pump
log data, which will report in 2025.
"""),
        ("spread", "3. How has the learning been shared, or could it be used elsewhere?", """
The library and the design rules behind it, such as naming each drug as it appears on the electronic
prescription and always showing the concentration, have been shared with the regional medication safety
officers' network. The pump manufacturer has asked for permission to include the design rules in its
guidance to other customers. The University of Eastmoor has built the scenarios into its nursing
degree, so new nurses learn the safe programming order before they reach the wards.
"""),
        ("value", "4. What difference has it made to patients and staff, and does it offer value for money?", """
The project cost £38,500, mostly backfill for nurses to attend training and a research associate's time
for nine months, funded by the trust's charity and a university knowledge exchange grant. One serious
overdose leading to intensive care would cost more than that.

Nurses say the library is quicker to use than the old one and that they feel more confident with
unfamiliar infusions, particularly at night.

The partnership has also given the university something it could not get on its own: access to real
pump data and real wards. Two of our nurses have started part-time master's degrees in human factors as
a result, and the research group has used our experience to win funding for a second study on
syringe driver use in the community.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:Nurses from the four pilot wards spent a day in the university's skills centre testing each draft of
the library, and the researchers changed the names of eleven drugs and the order of two screens as a
result.>> <<S:Pharmacists and the medical devices team agreed the final safety limits for every drug with
the critical care and paediatric consultants, who asked for separate profiles for their areas.>>
<<S:Ward-based 'pump champions' collected their colleagues' comments during the pilot, and the
library was updated three times before go-live because of them.>>

<<P:Two people from the university's public involvement panel, one of whom had been given the wrong
dose of insulin by pump during a previous admission, helped the researchers write the simulation
scenarios so that they reflected what goes wrong from a patient's point of view.>> <<P:The panel also
asked that the Pump Sense session should begin with a patient's story, and they recorded it for us.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1785  connected medicines dispensers evaluated with their manufacturer -
#        pdf - form with a cover table - council reablement and technology
#        enabled care manager, practical - with the device manufacturer, a
#        university and the local pharmaceutical committee - staff involved -
#        NO patient involvement (people given devices, a feedback form that
#        changed nothing, letters, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1785", format="pdf", layout="form_table", topic="connected_medicines_dispensers_reablement",
    project="independent112-rightpillrighttime-1785", pdf_font="LiberationSans",
    title="Right Pill, Right Time: evaluating connected medicines dispensers in reablement with their manufacturer",
    cover_table=[
        ("Entry title", "Right Pill, Right Time: evaluating connected medicines dispensers in reablement with their manufacturer"),
        ("Lead organisation", "Kestrel Bay Borough Council (Reablement and Technology Enabled Care Service)"),
        ("Partner organisations", "Pillwise Devices Ltd; Northgate Metropolitan University (Centre for Health Technology Evaluation); Kestrel Bay Local Pharmaceutical Committee"),
        ("Entrant", "Service Manager, Reablement and Technology Enabled Care"),
    ],
    primary_entrant=dict(name="Kestrel Bay Borough Council", type="local_authority"),
    partners=[
        dict(name="Pillwise Devices Ltd", type="private"),
        dict(name="Northgate Metropolitan University", type="university"),
        dict(name="Kestrel Bay Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the safety issue and why a partnership was needed", """
Our reablement service supports around 1,600 people a year for up to six weeks after a hospital stay or
a crisis at home. Many go home with new or changed medicines, and help with medicines is one of the
most common reasons a reablement worker visits. Workers prompt people to take tablets from a blister
pack filled by their community pharmacy, and record it on a paper chart.

We had three problems. Visits could not always be timed to the medicines, so doses were given early,
late or doubled up when two visits were close together. Workers had to visit four times a day simply to
prompt tablets for people who could otherwise manage. And when a dose was missed between visits, nobody
knew until the next visit, by which time a person with Parkinson's, epilepsy or heart failure might
already be unwell. In 2022 we recorded 211 medicines incidents in reablement, 38 of which led to a GP
call-out or an ambulance.

Connected medicines dispensers, which lock the tablets in a carousel, release each dose at the right
time with an alarm and send an alert if it is not taken, looked like an answer. But the evidence for them
was thin, mostly from the manufacturers, and nobody knew how they would work with blister packs filled by
local pharmacies or with a reablement team. We did not want to buy hundreds of devices and find out later
that they made things worse.

We therefore set up a partnership: the manufacturer supplied devices and changed them as we went; the
university designed and ran an independent evaluation; the pharmaceutical committee worked out how
community pharmacies could fill the carousels; and the council ran the service.

The partnership was unusual for us. Councils usually buy technology from a catalogue after a short
trial. Here we agreed with Pillwise from the start that the evaluation would be independent, that the
results would be published whatever they showed, and that the company would make changes to the device
and its software if problems came to light in use. In return, Pillwise gained a real-world evaluation it
could not have run on its own.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
The evaluation ran from June 2023 to May 2024. People in reablement who needed help only with prompting
their medicines were offered a dispenser, and 214 people used one. The university compared their
outcomes with those of 230 people with similar needs in the year before.

<<Q:Missed or late doses, measured from the dispenser logs and from the paper charts for the comparison
group, fell from 17% of scheduled doses to 4%.>> <<Q:Medicines incidents reported by reablement
workers for people in the evaluation fell from 0.9 per person to 0.2 per person over a six-week
episode.>> <<Q:Ambulance call-outs linked to medicines fell from 21 in the comparison group to 6 among
dispenser users.>>

For these 214 people the dispensers took the place of around 5,800 medicines-only prompting visits
over the year, freeing reablement workers for people who need personal care. The evaluation report is published on the
university's website.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<S:Reablement workers tested the first devices in our office for a fortnight before any went into homes,
and after they found the alarm too quiet for people with hearing loss, Pillwise added a louder alarm and a
flashing light.>> <<S:Community pharmacists from the pharmaceutical committee worked out a new carousel
filling routine with Pillwise's engineers, after the original trays proved too small for some
combinations of tablets.>> <<S:Our telecare control room operators designed the escalation rules for
missed doses, deciding that they would phone the person at 30 minutes and send a worker at 60.>>

People who used the dispensers were sent a letter explaining the evaluation and given a leaflet with a
named contact. At the end of their reablement, each person was asked to fill in a short feedback form;
61 were returned, the comments were very positive, and the service continued unchanged. No one who
used the service sat on the evaluation board. We would like to change that in the next phase.
"""),
        ("value", "What is the value of the project, including value for money?", """
Each dispenser costs £22 a month to lease, including monitoring. A reablement visit costs the council
about £21. For the people in the evaluation, each dispenser replaced on average three prompting visits
a week, so the saving to the council in staff time was roughly £7,000 a month across the service. The
university's economic analysis, which also counted avoided ambulance call-outs and GP visits, estimated a
net saving of £96,000 for the year.

For workers, the biggest benefit is being able to spend time on the visits that matter. The control
room now sees a missed dose within the hour rather than at the next visit.
"""),
        ("spread", "How has the learning been shared?", """
Dispensers are now offered routinely in reablement and to people in long-term home care who need help
only with prompting. The pharmaceutical committee's filling guide has been shared with all community
pharmacies in the borough. Pillwise has kept the louder alarm and the light on all its devices. The
university has presented the evaluation at two national conferences and is working with a neighbouring
council on a larger study.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1786  rapid bedside MT-RNR1 test before gentamicin in newborns - docx -
#        style headings - consultant neonatologist, warm - women's and
#        children's trust with a genomic laboratory hub and a university -
#        parents involved (in the context and value sections), staff involved
#        - claims partly in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1786", format="docx", layout="style_headings", topic="neonatal_mt_rnr1_gentamicin_hearing_loss",
    project="independent112-hearingsafe-1786", docx_font="Calibri",
    title="Hearing Safe: a bedside gene test before gentamicin for newborn babies",
    cover=[
        "Lead organisation: Stanmoor Women's and Children's NHS Foundation Trust (Neonatal Intensive Care Unit)",
        "Partners: Rowanford Genomic Laboratory Hub, hosted by Rowanford University Hospitals NHS Trust; University of Lanthorne, Department of Biomedical Engineering",
        "Written by a Consultant Neonatologist on behalf of the Hearing Safe team",
    ],
    primary_entrant=dict(name="Stanmoor Women's and Children's NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Rowanford Genomic Laboratory Hub", type="nhs_trust"),
        dict(name="University of Lanthorne", type="university"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Gentamicin is the antibiotic we give most often on our neonatal unit. Any newborn baby who might have an
infection in the first days of life gets it, usually alongside penicillin, and it has saved many lives.
For about one baby in 500, though, it carries a hidden danger. These babies carry a change in a
mitochondrial gene called MT-RNR1, inherited from their mother, that makes their inner ear extremely
sensitive to gentamicin. Even a single normal dose can cause permanent, profound deafness.

Until recently there was no way to know before giving the first dose. Laboratory testing took days, and
in a baby who may have sepsis the antibiotics must be given within the hour. So we gave gentamicin to
every baby who needed antibiotics, about 1,000 babies a year on our unit, knowing that statistically two
of them might lose their hearing and that we would probably never find out which ones, because hearing
loss found at the newborn hearing screen is seldom traced back to a dose given weeks before.

The Rowanford Genomic Laboratory Hub had been working with engineers at the University of Lanthorne on a
small bedside machine that could detect the variant from a cheek swab in under half an hour. The question
was whether it could be used safely by neonatal nurses, day and night, without delaying antibiotics.

We also knew this was personal for families. <<P:The parents of a little girl who became deaf after
gentamicin on our unit in 2019, and who only learned the cause when her mother was tested years later,
joined our project group from the start, and it was they who asked that every family be told about the
test at the cot side, even when there was no time to wait for consent before the swab.>> <<P:They and
other parents from the unit's parent advisory group then wrote the short card that nurses now give
to families, choosing the words 'a quick check to keep your baby's hearing safe'.>>
"""),
        ("evidence", "Results", """
Hearing Safe started on our unit in January 2023. When antibiotics are prescribed, the nurse takes a
cheek swab and runs the test while the antibiotics are being prepared. If the variant is found, the
baby is given an alternative antibiotic instead of gentamicin. The antibiotics are never delayed to wait
for the result; if the test is not ready, the baby gets the first dose of the alternative.

In the first eighteen months 1,512 babies were tested and three carried the variant. All three were given
the alternative, and all three passed their newborn hearing screen.

<<Q:The proportion of babies given their first antibiotic dose within an hour of the decision to treat
went from about two in three before the project to nearly nine in ten, because the work to speed up the
test also sped up the whole antibiotic process.>> <<Q:The time to know a baby's MT-RNR1 status came down
from several days, when a laboratory test was sent at all, to a median of 26 minutes.>> <<Q:Failed or
invalid tests fell from one in eight in the first month to fewer than one in fifty by the sixth, as
nurses became familiar with the swab technique.>>
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Neonatal nurses took part in every stage of the design, and after trying the first version of the
machine at the cot side they asked for a single-button start and a display that could be read in dim
light, both of which the university's engineers built into the next version.>> <<S:Our neonatal
pharmacists worked with the consultants to choose the alternative antibiotic and its dosing, and they
placed it in a ready-to-use box in the unit's antibiotic cupboard after nurses said they were losing time
finding it.>> <<S:Clinical scientists at the genomic laboratory hub checked every positive result and a
sample of negative results, and they changed the quality control schedule after the night team reported
that the daily check was being missed on busy nights.>>

The partnership was formalised through a research collaboration agreement between the three
organisations, signed in the autumn of 2022.
"""),
        ("value", "Value for patients, families and the NHS", """
Each test costs around £20 in consumables. A lifetime of profound deafness, with cochlear implants,
specialist education and support, costs many hundreds of thousands of pounds, and no amount of money
can give a child back their natural hearing.

<<P:Parents in the advisory group also reviewed the letter that goes to mothers of babies with the
variant, who may carry it themselves and should avoid gentamicin too, and they asked us to add a line
about other family members, which we did.>> Families tell us that being told about the test made them
feel their baby was being looked after carefully at a frightening time.
"""),
        ("spread", "Spread", """
The test is now in use in four other neonatal units in our region, supported by the laboratory hub. The
national genomic medicine service is considering the approach for wider adoption, and our standard
operating procedure and family card have been shared with every unit in the neonatal network. The
university has licensed the machine's design to a manufacturer so that it can be produced at scale.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1787  trial medicines delivered to participants' homes - pdf - bullet
#        lists - university clinical trials unit director, formal - with a
#        courier company and a hospital trust's trials pharmacy - public
#        contributors involved (unusual names) - NO staff involvement (nurses
#        trained, pharmacists briefed, drivers trained, a named manager, a
#        survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1787", format="pdf", layout="bullet_lists", topic="decentralised_trial_home_delivery_medicines",
    project="independent112-safeathome-1787", pdf_font="DejaVuSans", pdf_align="L",
    title="Trial Medicines, Safely Home: direct-to-participant delivery in a decentralised trial",
    cover=[
        "Lead: University of Hartwell, Hartwell Clinical Trials Unit",
        "Partners: Swiftcare Clinical Logistics Ltd; Hartwell and Dunmere Hospitals NHS Foundation Trust (Clinical Trials Pharmacy)",
        "Submitted by the Director, Hartwell Clinical Trials Unit",
    ],
    primary_entrant=dict(name="University of Hartwell", type="university"),
    partners=[
        dict(name="Swiftcare Clinical Logistics Ltd", type="private"),
        dict(name="Hartwell and Dunmere Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
The Hartwell Clinical Trials Unit coordinates the BREATHE-HOME trial, a national trial of a new inhaled
treatment for people with bronchiectasis. To make it easier for people to take part, especially older
people and those living far from a hospital, the trial was designed to be 'decentralised': most visits
happen by video, and trial medicine is sent directly to the participant's home.

Sending investigational medicines by post raises real safety questions:

- the trial inhaler must be kept between 2 and 8 degrees, and a parcel left on a doorstep on a warm day can ruin it without anyone knowing

- in the trial's first months, before this project, some parcels were delivered to the wrong address, left with neighbours or returned to the pharmacy after failed deliveries, leaving participants without medicine

- participants did not always know a parcel was coming, and one older man put his trial medicine in a kitchen cupboard for a week because he thought it was a free sample

- there was no simple way for a participant to report a damaged parcel out of hours

- when a parcel was lost, it could take several days for the trial team to find out, by which time the participant had often run out of medicine

- the hospital trials pharmacy that dispenses the medicine had no way of knowing whether a parcel had arrived safely
"""),
        ("evidence", "What changed and the results", """
From September 2023 we introduced:

- a named delivery slot booked with the participant by text message, with a photograph of the parcel so they know what to expect

- a temperature logger inside each parcel that the participant checks on arrival, with a green or red light

- no 'safe place' or neighbour deliveries: if the participant is not in, the parcel goes back the same day

- an electronic proof of delivery that the pharmacy sees in real time, with an automatic alert if a parcel is not delivered within 24 hours

- a free 24-hour line for participants to report a red light or a damaged parcel

Comparing the 1,180 deliveries in the nine months before the changes with the 2,960 deliveries in the
twelve months after:

- <<Q:deliveries to the wrong address or left with someone else fell from 3.1% to 0.2%>>

- <<Q:parcels arriving outside the temperature range fell from 2.4% to 0.5%, and every one of those was spotted by the participant before use>>

- <<Q:participants who missed a week or more of treatment because of a delivery problem fell from 41 to 5>>

- 96% of deliveries were made in the first booked slot
"""),
        ("stakeholders", "Involvement", """
- <<P:members of the trial's Participant Reference Group, people living with bronchiectasis who advise the trial team, chose the text message wording and asked for the photograph of the parcel, after one of them said she would never open a box from a company she had not heard of>>

- <<P:the two lay members of the Trial Steering Committee pushed for the 24-hour line, and one of them tested it at three in the morning before it went live>>

- <<P:the green and red light on the temperature logger was chosen by Reference Group members over a digital display, which they found hard to read>>

- research nurses at the 27 trial sites were trained in the new delivery process by video

- pharmacists in the trials pharmacy were briefed on the proof of delivery alerts

- Swiftcare drivers completed a short training module on handling trial medicines

- the trial manager, Dr Owen Pryce, oversaw the changes and reported to the Trial Steering Committee

- a survey of site staff after six months found that they were happy with the process, so no changes were needed

- we plan to hold a site staff forum before the next decentralised trial starts
"""),
        ("value", "Value", """
- the extra cost of the booked slots, loggers and 24-hour line is about £11 per delivery, paid from the trial grant

- each lost or spoiled parcel of trial medicine costs around £400 to replace, as well as the participant's missed treatment

- participants who miss treatment are more likely to withdraw, which weakens the trial's results for everyone

- recruitment has been strongest in rural areas, which suggests that home delivery is working for the people it was designed for

- the safer process has been accepted by the medicines regulator's inspectors as an example of good practice for direct-to-participant supply

- participants no longer have to travel to a hospital pharmacy every month, which for some meant a round trip of more than three hours
"""),
        ("spread", "Spread", """
- the process is now the standard for all decentralised trials run by the Hartwell Clinical Trials Unit

- the delivery specification has been shared with the national network of registered clinical trials units

- Swiftcare has adopted the no-neighbour rule for all of its clinical trial deliveries in the UK
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1788  Lynch syndrome testing of bowel and womb cancers - docx - reordered
#        (results first) - cancer alliance programme manager, long and
#        thorough - ICB with a pathology network, the genomic laboratory hub
#        and a families' charity - patients and staff involved - a claim in
#        words ('a third fewer') - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1788", format="docx", layout="reordered", topic="lynch_syndrome_tumour_testing_follow_up",
    project="independent112-nolostresults-1788", docx_font="Calibri",
    title="No Lost Results: Lynch syndrome testing from the laboratory to the clinic",
    cover=[
        "NHS Wyvern Vale Integrated Care Board, on behalf of the Wyvern Vale Cancer Alliance",
        "Working with: Wyvern Vale Pathology Network (hosted by Thursby Royal Hospitals NHS Trust); Southern Marches Genomic Laboratory Hub (hosted by Portmere University Hospitals NHS Trust); Lynch Families Together (charity)",
        "Entry prepared by the Cancer Alliance Programme Manager for Early Diagnosis and Genomics",
    ],
    primary_entrant=dict(name="NHS Wyvern Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Thursby Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Portmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lynch Families Together", type="charity"),
    ],
    sections=[
        ("evidence", "What we achieved", """
We start with the results, because they are what persuaded four organisations to keep working together
through two difficult years.

Every bowel cancer and womb cancer removed or biopsied in Wyvern Vale should now be tested for the
mismatch repair deficiency that can signal Lynch syndrome, an inherited condition that greatly raises
the risk of bowel, womb and several other cancers. If the tumour screen is abnormal, further tests decide
whether the patient should have germline genetic testing. If they have Lynch syndrome, they need regular
colonoscopy and their relatives need to be offered testing. In 2021 this chain broke at almost every link.

Since the No Lost Results pathway began in April 2022:

<<Q:The proportion of bowel and womb cancers with a completed tumour screen rose from 71% in 2021 to
99% in 2023/24.>> <<Q:Among patients whose tumour screen pointed to possible Lynch syndrome, those
offered germline testing within three months went from 34% to 88%.>> <<Q:There were a third fewer
patients whose abnormal tumour result was never acted on at all in 2023/24 than in the first year of the
pathway, and the remaining cases are now picked up within a month by the tracker described below.>> <<Q:The
median time from cancer diagnosis to a germline result fell from 9.5 months to 11 weeks.>>

In two years, 1,946 tumours have been screened, 214 patients have had germline testing and 63 have been
confirmed to have Lynch syndrome. Of those, 61 are now on colonoscopy surveillance and 148 relatives have
been offered testing. Each of those relatives who carries the condition can now have surveillance that
finds cancers early or stops them developing at all.
"""),
        ("context", "Why this work was needed", """
Lynch syndrome affects around one person in 300. Most people who have it do not know. For many, the
first sign is a cancer diagnosed in their forties or fifties. The national guidance to test every
bowel and womb cancer for mismatch repair deficiency has existed since 2017 for bowel cancer and 2020 for
womb cancer, and the logic is compelling: a tumour screen costs little, and finding one person with
Lynch syndrome can protect a whole family.

When we mapped the pathway across Wyvern Vale's three acute trusts in 2021, we found a process that
nobody owned from end to end. The tumour screen was done in pathology, but only if the surgeon or
gynaecologist remembered to request it. The result appeared on the pathology report as one line among
many, and the multidisciplinary team meeting did not always discuss it. If the screen was abnormal, a
second test for a gene called MLH1 was needed in bowel cancer, done by a different laboratory. If that was
also suggestive, the patient needed a referral for germline testing, which could be done by the cancer
team after suitable training or by clinical genetics. Each step was requested by a different person in
a different organisation, and each handover was a chance for the result to be lost.

Our audit of 2021 found 63 patients whose tumour screen had suggested Lynch syndrome and who had not been
offered germline testing. Some had died of their cancer without their families ever being told there
might be an inherited cause. One was a woman in her forties with womb cancer whose sister was diagnosed
with bowel cancer two years later; both had Lynch syndrome, and the sister's cancer might have been
prevented.

The cancer alliance was the only organisation that could see the whole pathway and had a mandate to
improve it across all three trusts. But it could not do it alone. It needed the pathologists who did the
screens, the genomic laboratory hub that did the germline tests and held the results, and the families
who knew what it was like to be on the receiving end of a broken system.

The new pathway has four parts. First, pathology now reflexively screens every bowel and womb cancer
without waiting for a request, and any follow-on MLH1 test is requested by the laboratory, not the
clinician. Second, every abnormal result generates an entry on a single regional Lynch tracker, held by
the genomic laboratory hub, which shows where each patient is in the pathway. Third, a Lynch
coordinator in each trust reviews the tracker weekly and makes sure every eligible patient is offered
germline testing, usually by the cancer team at a routine appointment using a mainstreaming consent
process. Fourth, patients confirmed to have Lynch syndrome are added to the regional surveillance
register and offered help to tell their relatives.
"""),
        ("stakeholders", "Who was involved and how", """
<<S:Consultant histopathologists from all three trusts agreed the reflex testing protocol, and the
laboratory managers changed their workflow so that the MLH1 test is triggered automatically when the
first screen is abnormal.>> <<S:The cancer nurse specialists who now offer germline testing helped write
the consent script and training, and after the first three months they asked for a shorter version for
patients who are very unwell, which was produced with the genetics team.>> <<S:Multidisciplinary team
coordinators designed the tracker's weekly report, having pointed out that a report arriving on a
Friday afternoon would never be read.>> <<S:Genetic counsellors at the laboratory hub reviewed every
case on the tracker for the first six months to check the coordinators' decisions, and their comments
led to two changes in the criteria for referral.>>

<<P:Members of Lynch Families Together, people with Lynch syndrome and their relatives, sat on the
programme board throughout and reviewed every letter and leaflet that patients receive.>> <<P:It was a
group of them who proposed the family letter that patients can give to relatives, written so that it
explains Lynch syndrome without the patient having to, and over half of the relatives tested so far were
reached through it.>> <<P:One member, whose father died of bowel cancer at 52 before anyone thought of
Lynch syndrome, spoke at each trust's cancer board and asked the chief executives to make the tracker a
standing item in their quality reports, which they agreed to do.>>
"""),
        ("value", "Value for money and the difference to patients", """
The pathway cost around £190,000 over two years, mainly for part-time Lynch coordinators in each trust
and the development of the tracker, funded by the cancer alliance. Tumour screening and germline testing
are funded nationally. Colonoscopy surveillance in people with Lynch syndrome reduces bowel cancer deaths
substantially, and preventive surgery in women who have completed their families can remove the risk of
womb and ovarian cancer. Each cancer prevented or caught at an early stage saves tens of thousands of
pounds in treatment, and far more in lives and years of family life.

For patients, the biggest change is that they are no longer relied upon to chase a result they did not
know existed. For staff, the tracker means that a result cannot quietly disappear between organisations.
For families, the letter has made one of the hardest conversations a little easier.

There have been less visible benefits too. The tracker has given the cancer alliance, for the first
time, a single view of how every trust is doing, so when one trust's results slipped in the summer of
2023 because its coordinator was on long-term sick leave, we saw it within a fortnight and the other
trusts' coordinators covered the gap. The reflex protocol has removed a source of daily irritation in
pathology, where secretaries no longer chase clinicians for requests. And the genomic laboratory hub
has used the tracker's design as the basis for a similar system for inherited breast and ovarian cancer
testing.

We have also learned what did not work. Our first attempt, in early 2022, relied on a monthly email
from pathology to each multidisciplinary team listing abnormal results. Within three months the emails
were going unread. It was only when a named coordinator in each trust was made responsible for every
patient on the tracker, and the trust boards began to see the figures, that the pathway became reliable.
Tools help; ownership is what made the difference.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1789  look-alike sound-alike errors in community pharmacy, from
#        university research to the shelves - pdf - numbered questions - LPC
#        chief officer, no-nonsense - with a university school of pharmacy and
#        the ICB - staff involved - NO patient involvement (posters told
#        patients, a negation, a plan) - NO quantitative evidence (counts of
#        pharmacies and near misses recorded, a target to halve, a single
#        figure)
# ---------------------------------------------------------------------------
entry(
    id="I1789", format="pdf", layout="numbered_questions", topic="look_alike_sound_alike_community_pharmacy",
    project="independent112-twicelook-1789", pdf_font="LiberationSans", pdf_align="J",
    title="Look Twice: putting university research on look-alike and sound-alike medicines into community pharmacies",
    cover=[
        "Lead entrant: Greystone and Wold Local Pharmaceutical Committee",
        "Partners: University of Greystone, School of Pharmacy; NHS Greystone and Wold Integrated Care Board (Medicines Optimisation Team)",
        "Entrant: Chief Officer, Greystone and Wold LPC",
    ],
    primary_entrant=dict(name="Greystone and Wold Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="University of Greystone", type="university"),
        dict(name="NHS Greystone and Wold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Picking the wrong medicine from the shelf is one of the commonest dispensing errors in community
pharmacy. Medicines with similar names, such as amlodipine and amitriptyline, propranolol and
prednisolone, or sertraline and sitagliptin, or with near-identical packaging from the same
manufacturer, are easily confused by a busy dispenser with a queue at the counter. Most of these errors
are caught at the final check. Some are not, and a patient who takes amitriptyline instead of
amlodipine for a week can become drowsy, confused and fall.

The School of Pharmacy at the University of Greystone has studied these errors for several years. Its
researchers analysed anonymised near-miss logs from 40 local pharmacies and identified the pairs of
medicines most often confused in our area, which were not all the ones on national lists. They also
tested, in a simulated dispensary, three low-cost changes: separating the most confused pairs on the
shelves, using 'tall man' lettering on shelf labels (amLODIPine, amITRIPTYLine), and adding a
'stop and check' prompt to the labelling software when either medicine of a high-risk pair is
dispensed.

The research was good, but it sat in journals. Community pharmacies are small businesses with no time to
read academic papers, and no single pharmacy could redesign its shelves on the strength of a study. The
LPC, which represents all 128 pharmacies in Greystone and Wold, was well placed to take the findings
into practice, with the university to guide the content and the ICB to support the roll-out.

Local data showed why it mattered. Over the two years before the project, the ICB's medicines safety
team received 46 reports from GPs, care homes and hospitals of patients who had been given the wrong
medicine by a community pharmacy, and in more than half of them the two medicines had similar names or
similar packs. These were only the errors that someone noticed. A man in a care home was given
sulfasalazine in place of sulfadiazine for three weeks; a woman with epilepsy received lamotrigine
tablets at the wrong strength from a pack that looked almost identical to her usual one.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Look Twice was launched in February 2024. By the end of September 2024, 97 pharmacies had signed up and
reorganised their shelves for the twenty highest-risk pairs, and 84 had switched on the 'stop and check'
prompt in their labelling software. Over the same period, participating pharmacies recorded 2,310 near
misses in the new shared electronic log, which the university analyses every quarter.

Our target is to halve dispensing errors reaching patients involving the twenty pairs by the end of
2025. The first full analysis of the near-miss log, covering a whole year, is due in spring 2025. In the
most recent quarter, 6% of recorded near misses involved one of the twenty pairs.

Pharmacists tell us the prompt has stopped them handing out the wrong medicine on several occasions.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Pharmacists and dispensing assistants from eight pharmacies, including two independents, two
supermarket pharmacies and a large health centre pharmacy, tried out three different shelf layouts over
six weeks and chose the one now used, which puts the confused pairs on different shelving units rather
than just different shelves.>> <<S:They also reported that the first 'stop and check' prompt appeared
so often that it was being clicked away without being read, so the university's researchers reduced the
list of pairs that trigger it from forty to twenty.>> <<S:The ICB's medicines optimisation pharmacists
added pairs that often caused confusion between GP prescribing systems and pharmacy labels, based on
their own incident reviews.>>

Patients were not involved in this phase, which focused on the dispensary. Posters in participating
pharmacies told patients about the scheme and encouraged them to check their medicines at the counter.
We hope to work with Healthwatch on the next stage.
"""),
        ("value", "4. What has been the value of the project?", """
The project cost £24,000, covering shelf labels, a software change for the two main labelling systems
and half a day of backfill for each participating pharmacy. It was funded by the ICB. The university's
time was covered by a knowledge exchange grant.

A single serious dispensing error can lead to a hospital admission and a complaint, and it can badly
damage a patient's trust in their local pharmacy. The changes are simple and, once made, cost nothing to
keep.

For pharmacy teams, the biggest benefit has been a sense that something practical is being done about
the errors that worry them most. Several owners have told us that reorganising the shelves also made
stock control easier. The ICB sees the project as a model for turning local research into practice
quickly and cheaply, and has asked the LPC and the university to take the same approach to errors with
liquid medicines for children.
"""),
        ("spread", "5. How has the work been shared?", """
The shelving guide and the list of high-risk pairs have been shared with the national association of
LPCs and with the two neighbouring committees. The university has presented the research and its
implementation at the national pharmacy practice research conference, and the two labelling software
companies have offered the 'stop and check' prompt to pharmacies across the country.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1790  handheld AI-supported ECG at flu clinics - pdf - with appendix -
#        PRIVATE medical technology company as primary entrant, with a GP
#        federation and a university (ineligible) - clinical director,
#        confident - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1790", format="pdf", layout="with_appendix", topic="handheld_ai_ecg_flu_clinics_atrial_fibrillation",
    project="independent112-pulsecheck-1790", pdf_font="LiberationSerif", pdf_align="L",
    title="Pulse Check at the Jab: finding atrial fibrillation with a handheld ECG at flu vaccination clinics",
    cover=[
        "Primary entrant: Cardiolens Ltd",
        "In partnership with: Brookfield and Teme GP Federation; University of Severnside, Centre for Primary Care Research",
        "Contact: Clinical Director, Cardiolens Ltd",
    ],
    primary_entrant=dict(name="Cardiolens Ltd", type="private"),
    partners=[
        dict(name="Brookfield and Teme GP Federation", type="primary_care"),
        dict(name="University of Severnside", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Atrial fibrillation (AF) is an irregular heart rhythm that makes a stroke five times more likely.
Anticoagulant medicines cut that risk by around two thirds, but only if AF is found. Many people with AF
have no symptoms, and their first sign is a disabling stroke. In the area covered by the Brookfield and
Teme GP Federation, around 1,300 people aged over 65 are thought to have AF that has never been
diagnosed.

Cardiolens makes a handheld six-lead ECG device the size of a playing card. The person rests their
fingers and one knee on its electrodes for thirty seconds, and an AI algorithm reads the recording and
flags possible AF. The device had regulatory approval, but it had only been tested in cardiology clinics,
where most patients already have heart problems. We did not know how it would perform in ordinary older
people, how busy primary care teams would fit it in, or what would happen to people with an abnormal
result. Screening without a safe follow-up pathway risks causing anxiety, or worse, false reassurance.

Autumn flu clinics bring nearly every older person in a practice through the door in a few weeks. We
approached the federation with the idea of offering a pulse check at the same visit, and the University
of Severnside agreed to evaluate it independently.

We were aware that a company promoting its own device in the NHS invites scepticism. We therefore asked
the university to design the evaluation, hold the data and publish the results whether or not they
were favourable, and we agreed with the federation that the clinical pathway after an abnormal result
would be theirs, not ours. The device would be one part of a safe pathway, not a product dropped into
busy clinics.
"""),
        ("evidence", "Results", """
Pulse Check ran at flu clinics in 14 practices in autumn 2023. Anyone aged 65 or over without known AF
was offered a thirty-second ECG while waiting after their vaccination. 9,820 people were checked.
The AI flagged possible AF in 287, and every flagged recording was reviewed by a GP with a special
interest in cardiology within 48 hours.

<<Q:In the participating practices, the number of people newly diagnosed with AF in the three months
of the flu season rose from 58 in 2022 to 171 in 2023, while in comparison practices it stayed almost
the same.>> <<Q:The time from an abnormal reading to a decision about anticoagulation fell from a median
of 41 days, for people found to have an irregular pulse at a routine appointment in 2022, to 9 days.>>
<<Q:The proportion of newly diagnosed people with a high stroke risk who started anticoagulation within
three months rose from 62% to 89%.>>

The university's analysis found that the AI's positive predictive value in this setting was 71%. A full
report is included in the appendix.
"""),
        ("stakeholders", "Partnership and involvement", """
<<S:Healthcare assistants who run the flu clinics tried the device in two practices before the launch and
changed where it was used, moving it from the vaccination room to the waiting area after they found
that checks in the room made the clinic run late.>> <<S:GPs in the federation designed the review and
follow-up pathway with our clinical team, including the decision that every flagged recording would be
read by a GP, not just the AI.>> <<S:Practice receptionists helped write the text message sent to people
with an abnormal result, after reporting that the first version led to worried phone calls.>>

<<P:Members of patient participation groups from five practices tried the device at a meeting and told
us that thirty seconds felt long when they did not know what was happening, so we added a countdown on
the screen.>> <<P:They also asked that nobody should be told about an abnormal result at the flu clinic
itself without a clinician present, and this became a rule of the pathway.>>
"""),
        ("value", "Value", """
Each device costs £250 and can be used for thousands of checks. The software licence for the season cost
the federation £6,400, which Cardiolens reduced by half for the evaluation. The university's economic
model estimates that each stroke prevented saves the NHS and social care around £45,000 in the first five
years. On the uptake we saw, the model suggests the programme pays for itself within a year.

For practices, the checks added little to the flu clinic workload, because people were already waiting
for fifteen minutes after their vaccination. For patients, a diagnosis made at a flu clinic is a stroke
risk treated before anything happens.
"""),
        ("spread", "Spread", """
The federation has repeated Pulse Check in all 31 of its practices in autumn 2024. Cardiolens has
offered the same pathway to three further GP federations, and the university has published its
evaluation protocol so that other areas can assess similar devices in the same way.
"""),
    ],
    trailer=[
        ("heading", "Appendix: evaluation summary"),
        ("para", "Evaluation by the University of Severnside, Centre for Primary Care Research. Setting: 14 intervention and 14 comparison practices in the Brookfield and Teme GP Federation, September to December 2023. Outcome measures: new AF diagnoses coded in the GP record; time from first abnormal reading to anticoagulation decision; anticoagulation within three months in people with a CHA2DS2-VASc score of 2 or more."),
        ("para", "Device: Cardiolens C6 handheld six-lead ECG with AF detection algorithm version 3.2. All flagged recordings and a random 5% of unflagged recordings were over-read by a GP with a special interest in cardiology."),
        ("para", "Cardiolens Ltd is the manufacturer of the device and has a commercial interest in its use. The evaluation was designed and analysed independently by the university."),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1791  DNA banking for dying patients so relatives can be tested - docx -
#        bold headings with a cover table - hospice medical director,
#        reflective - hospice with a clinical genetics service and a GP
#        federation - families involved (pronouns), staff involved - NO
#        quantitative evidence (samples banked, relatives tested, single
#        figures, a count of training)
# ---------------------------------------------------------------------------
entry(
    id="I1791", format="docx", layout="bold_headings", topic="hospice_dna_banking_inherited_cancer",
    project="independent112-legacyforfamilies-1791", docx_font="Garamond",
    title="A Legacy for the Family: DNA banking in the hospice for people with cancers that may be inherited",
    cover_table=[
        ("Title", "A Legacy for the Family: DNA banking in the hospice for people with cancers that may be inherited"),
        ("Lead organisation", "St Brannoc's Hospice, Penmoor (registered charity)"),
        ("Partners", "Tamsworth Clinical Genetics Service, Tamsworth University Hospitals NHS Trust; Penmoor and Coast GP Federation"),
        ("Entry submitted by", "Medical Director, St Brannoc's Hospice"),
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Tamsworth University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Penmoor and Coast GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why this mattered", """
Some cancers run in families because of an inherited change in a gene. If a person with ovarian,
pancreatic, bowel or early breast cancer carries such a change, their children, brothers and sisters may
carry it too and could have screening or preventive treatment that saves their lives. But to find out
whether a relative carries a variant, the genetics laboratory usually needs to test the person who had
the cancer first.

At the hospice we care for many people in the last weeks of their lives with exactly these cancers.
Often nobody has asked about their family history, or genetic testing was planned but never done because
they became too unwell. Once they die, the chance is lost. Stored tumour tissue can sometimes be tested,
but it is not always available and the results are less reliable. Relatives then face testing without a
known family variant, which is slower and less certain, or no testing at all.

We saw the consequences. A daughter came to see us two years after her mother died at the hospice of
ovarian cancer. She had just been diagnosed with breast cancer at 39. Her mother had never been tested,
and when the daughter was found to carry a BRCA1 variant, she asked us, gently, why nobody had thought
of it while her mother was alive. We had no good answer.

DNA banking means taking a single blood or saliva sample from the patient, with their consent, and
storing it in the genetics laboratory so that it can be tested later if the family needs it. It is
simple, but it needs a hospice, a genetics service and general practice to work together, because the
hospice sees the patient, the genetics service stores and tests the sample, and the GP is usually the
person a relative will go to years later.
"""),
        ("evidence", "What we have done and what has changed", """
A Legacy for the Family began in March 2023. Every patient admitted to the hospice, or seen by our
community team, with one of eight cancer types is now asked a short set of family history questions by
their nurse. If they meet the criteria, they are offered DNA banking, or testing if they wish and are
well enough. The sample is sent to the Tamsworth laboratory, where it is stored for at least 25 years.
The GP federation adds a coded note to the patient's record and to the records of any relatives
registered with its practices who are named by the patient, so that a future GP will know a sample exists.

In the first eighteen months:

- 412 patients were asked the family history questions

- 96 met the criteria and 81 agreed to bank a sample, with three choosing full testing

- stored samples have since been tested at the request of 17 families, and 6 inherited variants have been found

- 23 relatives have been tested for their family's variant, and 11 of them carry it and are now having screening

- 140 hospice nurses, doctors and healthcare assistants completed the training session

Every banked sample has been received and stored by the laboratory within two days of being taken.
"""),
        ("stakeholders", "Working with families and staff", """
<<S:Hospice nurses told us that asking about family history in the first conversation felt intrusive, so
together with the genetic counsellors they moved the questions to the second or third day and rewrote
them in their own words.>> <<S:Genetic counsellors from the Tamsworth service came to the hospice
fortnightly for the first six months to join case discussions, and with our doctors they agreed which
cancers should be included, adding pancreatic and prostate cancer to the original list.>> <<S:GPs on the
federation's clinical board designed the coded note and the wording that appears on a relative's
record.>>

We were worried at first that raising genetics with people who were dying would add to their burden.
<<P:Bereaved relatives who had been through this with a parent or a partner met with us over several
months, and they were clear that they would have wanted to be asked; they also told us that the word
'banking' sounded clinical and cold.>> <<P:It was they who suggested calling the service 'A Legacy for
the Family', and they helped us write the leaflet and consent form in those terms.>> <<P:One woman, whose
husband had died with bowel cancer and whose son was later found to have Lynch syndrome, now comes to our
staff training sessions to explain what a banked sample would have meant to them.>>
"""),
        ("value", "Value", """
Banking a sample costs the laboratory about £60, and testing a stored sample later costs the same as
any other diagnostic genetic test. The hospice's costs are mainly nurses' time, a few minutes per
patient. For a relative who carries a variant, screening or preventive surgery can prevent a cancer
that would otherwise cost the NHS tens of thousands of pounds to treat and might take their life.

Patients often tell us that knowing they can leave something useful for their family brings them
comfort. For our staff, it has become a natural part of talking with people about what matters to them
at the end of life.
"""),
        ("spread", "Spreading the work", """
The genetics service has offered the same arrangement to the two other hospices in its area, and one
has started. We have shared our leaflet, family history questions and training with the national
hospice association and presented the work at a palliative care conference in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1792  inherited heart rhythm conditions and medicines to avoid - docx -
#        form, short - support group chair, plain - patient group with an
#        inherited cardiac conditions service and the LPC - members involved
#        - NO staff involvement (pharmacies sent a pack, practices sent
#        letters, a plan) - NO evidence section and no measured change
# ---------------------------------------------------------------------------
entry(
    id="I1792", format="docx", layout="form_table", topic="inherited_arrhythmia_medicines_to_avoid_records",
    project="independent112-knowmyheart-1792", docx_font="Arial",
    title="Know My Heart: medicines to avoid recorded for people with inherited heart rhythm conditions",
    cover_table=[
        ("Title of entry", "Know My Heart: medicines to avoid recorded for people with inherited heart rhythm conditions"),
        ("Lead organisation", "Kinship Heart Families (support group for families with inherited heart conditions)"),
        ("Partner organisations", "Abbotsmere Inherited Cardiac Conditions Service, Abbotsmere Heart and Chest Hospital NHS Foundation Trust; Abbotsmere and District Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Chair, Kinship Heart Families"),
    ],
    primary_entrant=dict(name="Kinship Heart Families", type="patient_group"),
    partners=[
        dict(name="Abbotsmere Heart and Chest Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Abbotsmere and District Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "What is the patient safety issue and why was a partnership needed?", """
Our members have inherited heart rhythm conditions such as long QT syndrome and Brugada syndrome, which
are usually found through genetic testing after a family member dies suddenly or collapses. Many
common medicines, including some antibiotics, anti-sickness tablets, antidepressants and even some
cough remedies, can trigger a dangerous heart rhythm in people with these conditions. The hospital
clinic gives each person a list of medicines to avoid, but the list lives on a piece of paper or a
website.

Again and again, people with these conditions have been prescribed or sold a medicine on their list: an
antibiotic for a chest infection from an out-of-hours doctor, anti-sickness medicine in an emergency department, a
cough remedy over the counter. The genetic diagnosis was in the hospital letter but not coded in the GP
record in a way that triggered any warning, and community pharmacies had no way of knowing at all. One
of our members, a 24-year-old man with long QT syndrome, collapsed at home after taking an antibiotic
prescribed by a locum GP; his younger sister found him and started CPR.

Nobody in this story did anything unusual. The locum did not know the patient, the GP record showed
only 'palpitations' from years before, and the hospital letter with the diagnosis had been filed
without a code. The same gaps exist for hundreds of families in our area. Because these conditions are
rare, no single GP practice or pharmacy sees enough of them to build its own system, and the hospital
clinic has no way of reaching into GP or pharmacy records. We are a small group of families run by
volunteers, but we were the only ones who could see the whole picture, because our members move through
all of these services.

Know My Heart, started in 2024, links the hospital clinic, GP practices and community pharmacies so that
the diagnosis and the medicines to avoid are coded in the GP record, and so that the flag shows in the
summary care record that pharmacists and out-of-hours clinicians can see.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Twenty members of Kinship Heart Families collected the examples of near misses that persuaded the
hospital and the pharmaceutical committee to work with us, and three of them presented their stories to
the clinic team.>> <<P:Members also chose the words used on the medicines alert card, asking for
'Do not give: may cause dangerous heart rhythm' rather than the medical term.>>

GP practices were sent a letter from the clinic with the codes to use. All community pharmacies in the
area were sent an information pack by the pharmaceutical committee. The clinic's consultant signed off
the list of codes. We plan to ask GPs and pharmacists for their views in 2025.
"""),
        ("value", "What has been the impact, and does it offer value for money?", """
The project has cost very little: printing the cards and members' time, with the clinic and the committee
covering their own staff time. Members tell us they feel safer knowing that a pharmacist or an
out-of-hours doctor can see their condition, and several have shown their card at a pharmacy counter.

A single cardiac arrest avoided would be worth more than anything we could count in money. For the
NHS, the cost of coding a diagnosis properly is a few minutes of a practice's time.
"""),
        ("spread", "How has the work been shared?", """
We have shared the card and codes with inherited heart condition support groups in other regions, and
the clinic has presented the approach at a national cardiac genetics meeting.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
