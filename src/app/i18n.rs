//! Every text of the page in Dutch and English, from one table. A text missing in one language does
//! not compile: both languages are values of the same struct.

use crate::form::field;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
    pub fn is_nl(self) -> bool {
        self == Lang::Nl
    }
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

pub struct Texts {
    pub is_nl: bool,
    pub title: &'static str,
    pub tagline: &'static str,
    pub switch_to: &'static str,
    pub switch_lang_label: &'static str,
    pub disclaimer: &'static str,
    pub candidate: &'static str,
    pub job: &'static str,
    pub productivity: &'static str,
    pub peildatum: &'static str,
    pub peildatum_hint: &'static str,
    pub benefit: &'static str,
    pub benefit_hint: &'static str,
    pub choose: &'static str,
    pub benefits: [(&'static str, &'static str); 8],
    pub wajong_capacity: &'static str,
    pub wajong_capacity_hint: &'static str,
    pub register: &'static str,
    pub register_hint: &'static str,
    pub limitation: &'static str,
    pub limitation_hint: &'static str,
    pub age: &'static str,
    pub age_hint: &'static str,
    pub wsw: &'static str,
    pub wsw_hint: &'static str,
    pub employed: &'static str,
    pub wsw_employee: &'static str,
    pub peildatum_hint_employee: &'static str,
    pub employed_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub dont_know: &'static str,
    pub hours: &'static str,
    pub hours_hint: &'static str,
    pub wage: &'static str,
    pub wage_hint: &'static str,
    pub months: &'static str,
    pub months_hint: &'static str,
    pub loonwaarde: &'static str,
    pub loonwaarde_hint: &'static str,
    pub results: &'static str,
    pub fill_in_first: &'static str,
    pub fix_errors: &'static str,
    /// A card that waits for fields with an error: "Verbeter eerst:" and their names.
    pub fix_first: &'static str,
    pub copy_link: &'static str,
    pub copy_link_done: &'static str,
    pub copy_link_by_hand: &'static str,
    /// The compact outcome summary next to the form (`data-outcome`): its name and link text.
    pub outcome_nav: &'static str,
    pub outcome_waiting: &'static str,
    pub error_prefix: &'static str,
    pub status_eligible: &'static str,
    pub status_not_eligible: &'static str,
    pub status_needs_info: &'static str,
    pub why: &'static str,
    pub per_hour: &'static str,
    pub per_month: &'static str,
    pub per_year: &'static str,
    pub employer_wage: &'static str,
    pub saving: &'static str,
    pub band: &'static str,
    pub cover: &'static str,
    pub while_employed: &'static str,
    pub years: &'static str,
    pub year: &'static str,
    pub provider: &'static str,
    pub coaching_hours: &'static str,
    pub lkv_amount: &'static str,
    pub lkv_period: &'static str,
    pub lks_amount: &'static str,
    pub params_from: &'static str,
    pub costs_title: &'static str,
    pub costs_note: &'static str,
    pub costs_without: &'static str,
    pub costs_with: &'static str,
    pub costs_maybe: &'static str,
    pub column_month: &'static str,
    pub column_year: &'static str,
    pub steps_title: &'static str,
    pub opens_new_window: &'static str,
    pub unit_hours: &'static str,
    pub unit_months: &'static str,
    pub link_ignored: &'static str,
    pub link_version: &'static str,
    pub page_title: &'static str,
    pub chart_heading: &'static str,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub chart_note: &'static str,
    pub chart_year: &'static str,
    pub chart_table_caption: &'static str,
    pub chart_without: &'static str,
    pub chart_with: &'static str,
    pub chart_with_a: &'static str,
    pub chart_without_a: &'static str,
    pub compare_title: &'static str,
    pub compare_hint: &'static str,
    pub compare_pin: &'static str,
    pub compare_repin: &'static str,
    pub compare_stop: &'static str,
    pub compare_caption: &'static str,
    pub compare_a: &'static str,
    pub compare_b: &'static str,
    pub compare_b_incomplete: &'static str,
    pub compare_differs: &'static str,
    pub compare_costs_year1: &'static str,
    pub compare_costs_5y: &'static str,
    pub compare_saving_5y: &'static str,
    pub batch_title: &'static str,
    pub batch_label: &'static str,
    pub batch_hint: &'static str,
    pub batch_run: &'static str,
    pub batch_rows: &'static str,
    pub batch_in: &'static str,
    pub batch_ok: &'static str,
    pub batch_errors: &'static str,
    pub batch_download: &'static str,
    pub batch_first: &'static str,
    pub batch_errors_column: &'static str,
    pub batch_line: &'static str,
    pub batch_file: &'static str,
    pub batch_file_error: &'static str,
    pub batch_file_too_large: &'static str,
    pub batch_example: &'static str,
    pub batch_example_hint: &'static str,
    pub batch_busy: &'static str,
    pub batch_done_of: &'static str,
    pub batch_stop: &'static str,
    pub batch_stopped: &'static str,
    pub batch_stopped_download: &'static str,
    pub batch_per_arrangement: &'static str,
    pub batch_eligible: &'static str,
    pub batch_needs_info: &'static str,
    pub batch_errors_title: &'static str,
    pub batch_more_errors: &'static str,
    pub batch_table_caption: &'static str,
    pub batch_large_file: &'static str,
    pub batch_see_errors: &'static str,
    pub batch_file_name: &'static str,
    pub print: &'static str,
    pub print_sheet: &'static str,
    pub sheet_title: &'static str,
    pub sheet_intro: &'static str,
    pub sheet_start: &'static str,
    pub sheet_arrangement: &'static str,
    pub sheet_gives: &'static str,
    pub sheet_total_year1: &'static str,
    pub sheet_total_5y: &'static str,
    pub sheet_maybe: &'static str,
    pub sheet_none: &'static str,
    pub sheet_todo: &'static str,
    pub saved_title: &'static str,
    pub saved_hint: &'static str,
    pub saved_name: &'static str,
    pub saved_save: &'static str,
    pub saved_open: &'static str,
    pub saved_delete: &'static str,
    pub saved_done: &'static str,
    pub saved_deleted: &'static str,
    pub saved_failed: &'static str,
    pub saved_need_name: &'static str,
    pub saved_unavailable: &'static str,
    pub report_title: &'static str,
    pub report_made_on: &'static str,
    pub report_version: &'static str,
    pub report_answers: &'static str,
    pub report_outcome: &'static str,
    pub report_from_month: &'static str,
    pub report_permanent: &'static str,
    pub report_not_assessed: &'static str,
    pub monthly_wage: &'static str,
    pub monthly_wage_hint: &'static str,
    pub computed_from_month: &'static str,
    pub submit: &'static str,
    pub problems_title: &'static str,
    /// What to do about a required field that is still empty, shown after "show the outcome".
    pub missing_messages: [(&'static str, &'static str); 4],
    pub checked_on: &'static str,
    pub figure_confirmed: &'static str,
    pub figure_announced: &'static str,
    pub figure_carried_forward: &'static str,
    pub uncertain_one: &'static str,
    pub uncertain_many: &'static str,
    pub uncertain_intro: &'static str,
    pub sources_title: &'static str,
    pub sources_in_force: &'static str,
    /// Instead of a date in the prerendered first view (which may not know the start date).
    pub sources_on_start: &'static str,
    /// Shown when the page's calculation cannot run (no JavaScript or no WebAssembly).
    pub needs_wasm: &'static str,
    pub sources_checked: &'static str,
    pub sources_show: &'static str,
    pub valid_from: &'static str,
    pub source: &'static str,
}

pub static NL: Texts = Texts {
    is_nl: true,
    checked_on: "Bedragen gecontroleerd op",
    figure_confirmed: "vastgesteld",
    figure_announced: "aangekondigd, nog niet vastgesteld",
    figure_carried_forward: "nog geen nieuw bedrag bekend",
    uncertain_one: "1 bedrag is mogelijk niet actueel",
    uncertain_many: "bedragen zijn mogelijk niet actueel",
    uncertain_intro: "Deze bedragen zijn voor de peildatum niet zeker. De uitkomst kan daardoor iets anders zijn. UWV of de gemeente rekent met de juiste bedragen.",
    sources_title: "Bedragen en bronnen",
    sources_in_force: "De bedragen en regels die gelden op",
    sources_on_start: "de startdatum",
    needs_wasm: "De uitkomst kan in deze browser niet worden berekend: daarvoor zijn JavaScript en WebAssembly nodig. Zet JavaScript aan of gebruik een andere browser. Het Werkgeversservicepunt van UWV kan de check ook met u doen.",
    sources_checked: "Gecontroleerd op",
    sources_show: "Toon de bedragen",
    valid_from: "geldig vanaf",
    source: "bron",
    title: "Steunwijzer",
    tagline: "Welke steun van UWV of de gemeente krijgt u als u deze kandidaat aanneemt? Vul in wat u weet; de uitkomst verandert direct mee.",
    switch_to: "English",
    switch_lang_label: "Switch to English",
    disclaimer: "Dit is een schatting. UWV of de gemeente beslist. Wat u invult, blijft in uw browser.",
    candidate: "De kandidaat",
    job: "De baan",
    productivity: "Productiviteit",
    peildatum: "Startdatum",
    peildatum_hint: "De eerste werkdag van de kandidaat. We rekenen met de regels en bedragen die op die dag gelden.",
    benefit: "Welke uitkering heeft de kandidaat nu?",
    benefit_hint: "Weet u het niet? Kies \"Weet ik niet\".",
    choose: "Kies een uitkering",
    benefits: [
        ("wajong", "Wajong"),
        ("wia", "WIA"),
        ("wao", "WAO"),
        ("waz", "WAZ"),
        ("ww", "WW"),
        ("participatiewet", "Bijstand (Participatiewet)"),
        ("none", "Geen uitkering"),
        ("unknown", "Weet ik niet"),
    ],
    wajong_capacity: "Heeft UWV vastgesteld dat de kandidaat arbeidsvermogen heeft?",
    wajong_capacity_hint: "Arbeidsvermogen betekent dat iemand betaald werk kan doen. Dit staat in de Wajong-beslissing van UWV.",
    register: "Staat de kandidaat in het doelgroepregister banenafspraak?",
    register_hint: "In dit register van UWV staan mensen met een beperking voor wie werkgevers extra banen maken. Dat heet de banenafspraak. De kandidaat weet of hij of zij erin staat. UWV kan het ook voor u checken.",
    limitation: "Heeft de kandidaat een blijvende beperking door ziekte of handicap?",
    limitation_hint: "Een beperking die blijft en niet snel overgaat. UWV beoordeelt of die er is.",
    age: "Leeftijd",
    age_hint: "In hele jaren, op de startdatum (15 tot en met 70).",
    wsw: "Komt de kandidaat in dienst via de sociale werkvoorziening (Wsw)?",
    wsw_hint: "Meestal niet.",
    employed: "Werkt de kandidaat al bij u?",
    wsw_employee: "Werkt de werknemer via de sociale werkvoorziening (Wsw)?",
    peildatum_hint_employee: "De dag waarop het nieuwe werk of de nieuwe afspraak ingaat. We rekenen met de regels en bedragen die op die dag gelden.",
    employed_hint: "Kies ja als u iemand wilt houden die al bij u werkt, of een eigen werknemer ander werk geeft.",
    yes: "Ja",
    no: "Nee",
    dont_know: "Weet ik niet",
    hours: "Uren per week",
    hours_hint: "Volgens het contract, bijvoorbeeld 24 of 32,5.",
    wage: "Brutoloon per uur",
    wage_hint: "Het normale loon voor deze functie, volgens de cao. Dus niet het lagere loon bij loondispensatie. Bijvoorbeeld 14,71.",
    months: "Duur van het contract in maanden",
    months_hint: "Laat leeg bij een vast contract.",
    loonwaarde: "Loonwaarde in procenten",
    loonwaarde_hint: "Hoeveel werk de kandidaat kan doen, vergeleken met een collega zonder beperking in dezelfde functie. UWV of de gemeente meet dit op de werkplek. Nog niet gemeten? Laat dit leeg.",
    results: "Uitkomst",
    fill_in_first: "Vul eerst in:",
    fix_errors: "Verbeter eerst de velden met een fout.",
    fix_first: "Verbeter eerst:",
    copy_link: "Kopieer link",
    copy_link_done: "De link staat op het klembord. Wie hem opent, ziet deze antwoorden en uitkomst.",
    copy_link_by_hand: "Kopieer deze link (Ctrl+C):",
    outcome_nav: "Uitkomst in het kort",
    outcome_waiting: "wacht op uw antwoorden",
    error_prefix: "Fout:",
    status_eligible: "Komt in aanmerking",
    status_not_eligible: "Komt niet in aanmerking",
    status_needs_info: "Meer informatie nodig",
    why: "Waarom?",
    per_hour: "per uur",
    per_month: "per maand",
    per_year: "per jaar",
    employer_wage: "U betaalt",
    saving: "U bespaart",
    band: "Mogelijke besparing",
    cover: "Duur",
    while_employed: "zolang de werknemer bij u werkt",
    years: "jaar",
    year: "jaar",
    provider: "Geregeld door",
    coaching_hours: "Uren coaching in jaar 1",
    lkv_amount: "Voordeel",
    lkv_period: "Looptijd",
    lks_amount: "Subsidie",
    params_from: "Bedragen geldig vanaf",
    costs_title: "Wat betekent dit voor uw loonkosten?",
    costs_note: "Dit is een schatting. We rekenen met het brutoloon plus 8 % vakantiegeld. Werkgeverslasten, zoals premies en pensioen, tellen niet mee. We tellen alleen de regelingen mee waarvoor u in aanmerking komt. Voor het loonkostenvoordeel nemen we het bedrag van het eerste jaar. Door het vakantiegeld is de besparing door loondispensatie hier 8 % hoger dan op de kaart.",
    costs_without: "Loonkosten zonder regelingen",
    costs_with: "Loonkosten met deze regelingen",
    costs_maybe: "Misschien lager. Nog niet meegeteld, omdat informatie ontbreekt:",
    column_month: "Per maand",
    column_year: "Per jaar",
    steps_title: "Volgende stappen",
    opens_new_window: "(opent in een nieuw venster)",
    unit_hours: "uur",
    unit_months: "maanden",
    link_ignored: "We konden een deel van de link niet lezen. Dat deel hebben we overgeslagen:",
    link_version: "Deze link komt van een andere versie van Steunwijzer. We konden hem niet lezen; het formulier is leeg.",
    page_title: "Steunwijzer – welke steun krijgt u bij het aannemen van een kandidaat?",
    chart_heading: "Loonkosten over 5 jaar",
    chart_title: "Loonkosten per jaar, 5 jaar lang",
    chart_desc: "Staafdiagram van de loonkosten per jaar, als de werknemer 5 jaar blijft bij hetzelfde loon.",
    chart_note: "Een schatting: hetzelfde loon elk jaar, zonder loonsverhoging. Het loonkostenvoordeel telt alleen in de jaren dat u het krijgt.",
    chart_year: "Jaar",
    chart_table_caption: "Dezelfde bedragen in een tabel",
    chart_without: "Zonder regelingen",
    chart_with: "Met regelingen",
    chart_with_a: "Met regelingen, situatie A",
    chart_without_a: "Zonder regelingen, situatie A",
    compare_title: "Vergelijken",
    compare_hint: "Zet deze situatie vast als A. Verander daarna iets, bijvoorbeeld de loonwaarde of de uren. U ziet dan A en B naast elkaar.",
    compare_pin: "Zet deze situatie vast als A",
    compare_repin: "Zet B vast als nieuwe A",
    compare_stop: "Stop met vergelijken",
    compare_caption: "Situatie A (vastgezet) en B (nu). Wat verschilt, is gemarkeerd met ≠.",
    compare_a: "A (vastgezet)",
    compare_b: "B (nu)",
    compare_b_incomplete: "Vul het formulier eerst helemaal in",
    compare_differs: "anders dan A",
    compare_costs_year1: "Loonkosten met regelingen, jaar 1",
    compare_costs_5y: "Loonkosten met regelingen, 5 jaar samen",
    compare_saving_5y: "Besparing over 5 jaar",
    batch_title: "Veel kandidaten tegelijk",
    batch_label: "Plak hier de regels van een CSV-bestand",
    batch_hint: "Maak een lijst in Excel of een ander rekenprogramma. De eerste regel noemt de kolommen, zoals Uitkering, Leeftijd, Uren per week en Brutoloon per uur. Daarna komt één regel per kandidaat. Sla de lijst op als CSV, of kopieer de cellen en plak ze hier. Kolommen die de check niet kent, zoals een naam, staan ongewijzigd in de download. Alles blijft in uw browser.",
    batch_run: "Bereken alle regels",
    batch_rows: "regels",
    batch_in: "berekend in",
    batch_ok: "zonder fouten",
    batch_errors: "met fouten",
    batch_download: "Download de uitkomst (CSV)",
    batch_first: "De eerste",
    batch_errors_column: "Fouten",
    batch_line: "Regel",
    batch_file: "Of kies een CSV-bestand op uw computer",
    batch_file_error: "Dit bestand kan de browser niet lezen. Kies een CSV-bestand of plak de tekst hierboven.",
    batch_file_too_large: "Dit bestand is groter dan 64 MB. Verdeel de lijst over een paar kleinere bestanden.",
    batch_example: "Download een voorbeeldbestand",
    batch_example_hint: "met alle kolommen en twee kandidaten",
    batch_busy: "Bezig met berekenen",
    batch_done_of: "regels berekend",
    batch_stop: "Stop",
    batch_stopped: "Gestopt.",
    batch_stopped_download: "De download bevat alleen de regels die al berekend waren.",
    batch_per_arrangement: "Per regeling",
    batch_eligible: "in aanmerking",
    batch_needs_info: "meer informatie nodig",
    batch_errors_title: "Regels met fouten",
    batch_more_errors: "De download noemt de fouten van alle regels.",
    batch_table_caption: "De eerste regels",
    batch_large_file: "Deze lijst is te groot om hier te tonen. Hij wordt wel helemaal berekend.",
    batch_see_errors: "Niet berekend: zie de fouten hierboven",
    batch_file_name: "steunwijzer-uitkomst.csv",
    print: "Gespreksverslag afdrukken",
    print_sheet: "Financieel overzicht voor de werkgever afdrukken",
    sheet_title: "Financieel overzicht voor de werkgever",
    sheet_intro: "Wat een werkgever kan krijgen bij deze baan. Zonder persoonlijke gegevens: alleen de regelingen, de bedragen en wat de werkgever moet doen.",
    sheet_start: "Bij een start op",
    sheet_arrangement: "Regeling",
    sheet_gives: "Wat het de werkgever oplevert",
    sheet_total_year1: "Lagere loonkosten in het eerste jaar",
    sheet_total_5y: "Lagere loonkosten in 5 jaar",
    sheet_maybe: "Misschien ook (daarvoor is nog informatie nodig):",
    sheet_none: "Op grond van deze gegevens is er geen regeling die zeker lijkt.",
    sheet_todo: "Wat de werkgever moet doen, en wanneer",
    saved_title: "Bewaren op dit apparaat",
    saved_hint: "Alleen als u dat wilt. Wat u bewaart, blijft in deze browser op dit apparaat. Het gaat niet naar UWV of naar ons.",
    saved_name: "Naam voor deze situatie",
    saved_save: "Bewaar",
    saved_open: "Openen",
    saved_delete: "Verwijderen",
    saved_done: "Bewaard.",
    saved_deleted: "Verwijderd.",
    saved_failed: "Bewaren lukte niet. Misschien is de opslag van de browser vol of uitgezet.",
    saved_need_name: "Geef eerst een naam.",
    saved_unavailable: "Bewaren kan niet in deze browser (bijvoorbeeld in een privévenster). Gebruik de link in de adresbalk, of druk het gespreksverslag af.",
    report_title: "Gespreksverslag Steunwijzer",
    report_made_on: "Gemaakt op",
    report_version: "Steunwijzer versie",
    report_answers: "Wat is ingevuld",
    report_outcome: "Uitkomst per regeling",
    report_from_month: "ingevuld als maandloon",
    report_permanent: "vast contract",
    report_not_assessed: "nog niet vastgesteld",
    monthly_wage: "Of: brutoloon per maand",
    monthly_wage_hint: "Weet u alleen het maandloon? Vul dat hier in, zonder vakantiegeld. Wij rekenen het uurloon uit: maandloon × 3 : 13 : uren per week.",
    computed_from_month: "Uitgerekend uit het maandloon.",
    submit: "Bekijk de uitkomst",
    problems_title: "Er ontbreekt iets of er staat een fout in",
    missing_messages: [
        (field::BENEFIT, "Kies een uitkering. Weet u het niet? Kies dan \"Weet ik niet\"."),
        (field::AGE, "Vul de leeftijd van de kandidaat in."),
        (field::HOURS_PER_WEEK, "Vul het aantal uren per week in."),
        (field::HOURLY_WAGE, "Vul het brutoloon per uur of per maand in."),
    ],
};

pub static EN: Texts = Texts {
    is_nl: false,
    checked_on: "Figures last checked on",
    figure_confirmed: "confirmed",
    figure_announced: "announced, not yet official",
    figure_carried_forward: "no newer figure known",
    uncertain_one: "1 figure may be out of date",
    uncertain_many: "figures may be out of date",
    uncertain_intro: "These figures are not certain for the reference date. The outcome may therefore be somewhat different. UWV or the municipality uses the right figures.",
    sources_title: "Figures and sources",
    sources_in_force: "The figures and rules in force on",
    sources_on_start: "the start date",
    needs_wasm: "The outcome cannot be calculated in this browser: it needs JavaScript and WebAssembly. Turn on JavaScript or use another browser. UWV's Werkgeversservicepunt can also do the check with you.",
    sources_checked: "Checked on",
    sources_show: "Show the figures",
    valid_from: "valid from",
    source: "source",
    title: "Steunwijzer",
    tagline: "What support from UWV or the municipality do you get if you hire this candidate? Fill in what you know; the outcome updates as you type.",
    switch_to: "Nederlands",
    switch_lang_label: "Schakel naar Nederlands",
    disclaimer: "This is an estimate. UWV or the municipality decides. What you enter stays in your browser.",
    candidate: "The candidate",
    job: "The job",
    productivity: "Productivity",
    peildatum: "Start date",
    peildatum_hint: "The candidate's first working day. We use the rules and amounts in force on that day.",
    benefit: "Which benefit does the candidate have now?",
    benefit_hint: "Not sure? Choose \"I don't know\".",
    choose: "Choose a benefit",
    benefits: [
        ("wajong", "Wajong"),
        ("wia", "WIA"),
        ("wao", "WAO"),
        ("waz", "WAZ"),
        ("ww", "WW (unemployment)"),
        ("participatiewet", "Social assistance (Participatiewet)"),
        ("none", "No benefit"),
        ("unknown", "I don't know"),
    ],
    wajong_capacity: "Has UWV decided that the candidate has work capacity (arbeidsvermogen)?",
    wajong_capacity_hint: "Work capacity means that the person can do paid work. This is in UWV's Wajong decision.",
    register: "Is the candidate in the target group register (doelgroepregister banenafspraak)?",
    register_hint: "This UWV register lists people with a disability for whom employers create extra jobs. This is called the banenafspraak (jobs agreement). The candidate knows whether they are in it. UWV can also check it for you.",
    limitation: "Does the candidate have a lasting limitation due to illness or handicap?",
    limitation_hint: "A limitation that lasts and will not go away soon. UWV assesses whether there is one.",
    age: "Age",
    age_hint: "In whole years, on the start date (15 to 70).",
    wsw: "Will the candidate be employed under the Wsw (sheltered employment)?",
    wsw_hint: "Usually not.",
    employed: "Does the candidate already work for you?",
    wsw_employee: "Does the employee work under the Wsw (sheltered employment)?",
    peildatum_hint_employee: "The day the new work or arrangement starts. We use the rules and amounts in force on that day.",
    employed_hint: "Choose yes to keep someone who already works for you, or to give your own employee other work.",
    yes: "Yes",
    no: "No",
    dont_know: "I don't know",
    hours: "Hours per week",
    hours_hint: "As in the contract, for example 24 or 32.5.",
    wage: "Gross hourly wage",
    wage_hint: "The normal wage for this job, under the collective agreement. So not the lower wage with wage dispensation. For example 14.71.",
    months: "Contract length in months",
    months_hint: "Leave empty for a permanent contract.",
    loonwaarde: "Wage value (loonwaarde) in percent",
    loonwaarde_hint: "How much work the candidate can do, compared with a colleague without a limitation in the same job. UWV or the municipality measures this at the workplace. Not measured yet? Leave this empty.",
    results: "Outcome",
    fill_in_first: "Please fill in first:",
    fix_errors: "Please correct the fields with an error first.",
    fix_first: "Please correct first:",
    copy_link: "Copy link",
    copy_link_done: "The link is on the clipboard. Whoever opens it sees these answers and this outcome.",
    copy_link_by_hand: "Copy this link (Ctrl+C):",
    outcome_nav: "Outcome at a glance",
    outcome_waiting: "waiting for your answers",
    error_prefix: "Error:",
    status_eligible: "Eligible",
    status_not_eligible: "Not eligible",
    status_needs_info: "More information needed",
    why: "Why?",
    per_hour: "per hour",
    per_month: "per month",
    per_year: "per year",
    employer_wage: "You pay",
    saving: "You save",
    band: "Possible saving",
    cover: "Duration",
    while_employed: "for as long as the employee works for you",
    years: "years",
    year: "year",
    provider: "Arranged by",
    coaching_hours: "Coaching hours in year 1",
    lkv_amount: "Benefit",
    lkv_period: "Period",
    lks_amount: "Subsidy",
    params_from: "Amounts valid from",
    costs_title: "What does this mean for your wage costs?",
    costs_note: "This is an estimate. We use the gross wage plus 8 % holiday allowance. Employer charges, such as premiums and pension, are not included. We only count the arrangements you are eligible for. For the wage cost benefit we use the first year's amount. Because of the holiday allowance, the saving from wage dispensation is 8 % higher here than on the card.",
    costs_without: "Wage costs without arrangements",
    costs_with: "Wage costs with these arrangements",
    costs_maybe: "Possibly lower. Not counted yet, because information is missing:",
    column_month: "Per month",
    column_year: "Per year",
    steps_title: "Next steps",
    opens_new_window: "(opens in a new window)",
    unit_hours: "hours",
    unit_months: "months",
    link_ignored: "Part of the link could not be read and was skipped:",
    link_version: "This link comes from another version of Steunwijzer. It could not be read; the form is empty.",
    page_title: "Steunwijzer – what support do you get when hiring a candidate?",
    chart_heading: "Wage costs over 5 years",
    chart_title: "Wage costs per year, for 5 years",
    chart_desc: "Bar chart of the wage costs per year, if the employee stays 5 years at the same wage.",
    chart_note: "An estimate: the same wage every year, without pay rises. The wage cost benefit only counts in the years you get it.",
    chart_year: "Year",
    chart_table_caption: "The same amounts in a table",
    chart_without: "Without arrangements",
    chart_with: "With arrangements",
    chart_with_a: "With arrangements, situation A",
    chart_without_a: "Without arrangements, situation A",
    compare_title: "Compare",
    compare_hint: "Pin this situation as A. Then change something, for example the wage value or the hours. You then see A and B side by side.",
    compare_pin: "Pin this situation as A",
    compare_repin: "Pin B as the new A",
    compare_stop: "Stop comparing",
    compare_caption: "Situation A (pinned) and B (now). What differs is marked with ≠.",
    compare_a: "A (pinned)",
    compare_b: "B (now)",
    compare_b_incomplete: "Fill in the whole form first",
    compare_differs: "different from A",
    compare_costs_year1: "Wage costs with arrangements, year 1",
    compare_costs_5y: "Wage costs with arrangements, 5 years together",
    compare_saving_5y: "Saving over 5 years",
    batch_title: "Many candidates at once",
    batch_label: "Paste the lines of a CSV file here",
    batch_hint: "Make a list in Excel or another spreadsheet. The first line names the columns, such as Benefit, Age, Hours per week and Gross hourly wage. Then comes one line per candidate. Save the list as CSV, or copy the cells and paste them here. Columns the check does not know, such as a name, are in the download unchanged. Everything stays in your browser.",
    batch_run: "Evaluate all lines",
    batch_rows: "lines",
    batch_in: "evaluated in",
    batch_ok: "without errors",
    batch_errors: "with errors",
    batch_download: "Download the outcome (CSV)",
    batch_first: "The first",
    batch_errors_column: "Errors",
    batch_line: "Line",
    batch_file: "Or choose a CSV file on your computer",
    batch_file_error: "The browser cannot read this file. Choose a CSV file or paste the text above.",
    batch_file_too_large: "This file is larger than 64 MB. Split the list into a few smaller files.",
    batch_example: "Download an example file",
    batch_example_hint: "with every column and two candidates",
    batch_busy: "Evaluating",
    batch_done_of: "lines evaluated",
    batch_stop: "Stop",
    batch_stopped: "Stopped.",
    batch_stopped_download: "The download only has the lines evaluated so far.",
    batch_per_arrangement: "Per arrangement",
    batch_eligible: "eligible",
    batch_needs_info: "more information needed",
    batch_errors_title: "Lines with errors",
    batch_more_errors: "The download has the errors of every line.",
    batch_table_caption: "The first lines",
    batch_large_file: "This list is too large to show here. It is evaluated in full all the same.",
    batch_see_errors: "Not evaluated: see the errors above",
    batch_file_name: "steunwijzer-outcome.csv",
    print: "Print the summary",
    print_sheet: "Print the financial overview for the employer",
    sheet_title: "Financial overview for the employer",
    sheet_intro: "What an employer can get for this job. Without personal details: only the arrangements, the amounts and what the employer must do.",
    sheet_start: "For a start on",
    sheet_arrangement: "Arrangement",
    sheet_gives: "What it gives the employer",
    sheet_total_year1: "Lower wage costs in the first year",
    sheet_total_5y: "Lower wage costs over 5 years",
    sheet_maybe: "Possibly also (more information is needed):",
    sheet_none: "On these details no arrangement seems certain.",
    sheet_todo: "What the employer must do, and by when",
    saved_title: "Save on this device",
    saved_hint: "Only if you want to. What you save stays in this browser on this device. It does not go to UWV or to us.",
    saved_name: "Name for this situation",
    saved_save: "Save",
    saved_open: "Open",
    saved_delete: "Delete",
    saved_done: "Saved.",
    saved_deleted: "Deleted.",
    saved_failed: "Saving did not work. The browser's storage may be full or switched off.",
    saved_need_name: "Enter a name first.",
    saved_unavailable: "Saving is not possible in this browser (for example in a private window). Use the link in the address bar, or print the summary.",
    report_title: "Steunwijzer conversation summary",
    report_made_on: "Made on",
    report_version: "Steunwijzer version",
    report_answers: "What was entered",
    report_outcome: "Outcome per arrangement",
    report_from_month: "entered as monthly wage",
    report_permanent: "permanent contract",
    report_not_assessed: "not assessed yet",
    monthly_wage: "Or: gross monthly wage",
    monthly_wage_hint: "Only know the monthly wage? Enter it here, without holiday allowance. We work out the hourly wage: monthly wage × 3 ÷ 13 ÷ hours per week.",
    computed_from_month: "Worked out from the monthly wage.",
    submit: "Show the outcome",
    problems_title: "Something is missing or wrong",
    missing_messages: [
        (field::BENEFIT, "Choose a benefit. Not sure? Choose \"I don't know\"."),
        (field::AGE, "Enter the candidate's age."),
        (field::HOURS_PER_WEEK, "Enter the number of hours per week."),
        (field::HOURLY_WAGE, "Enter the gross wage per hour or per month."),
    ],
};

impl Texts {
    /// "3 bedragen zijn mogelijk niet actueel" (one: "1 bedrag is …").
    pub fn uncertain_summary(&self, n: usize) -> String {
        if n == 1 {
            self.uncertain_one.to_string()
        } else {
            format!("{n} {}", self.uncertain_many)
        }
    }
    /// "De bedragen en regels die gelden op 1 december 2026. Gecontroleerd op 1 december 2026."
    /// Without a date (the prerendered first view): "… die gelden op de startdatum. …".
    pub fn sources_intro(
        &self,
        date: Option<crate::rules::Date>,
        checked: crate::rules::Date,
    ) -> String {
        format!(
            "{} {}. {} {}.",
            self.sources_in_force,
            date.map_or_else(|| self.sources_on_start.to_string(), |d| d.text(self.is_nl)),
            self.sources_checked,
            checked.text(self.is_nl)
        )
    }
    /// "Toon de bedragen (19)".
    pub fn sources_show(&self, n: usize) -> String {
        format!("{} ({n})", self.sources_show)
    }
    /// "Bedragen gecontroleerd op 1 december 2026".
    pub fn checked(&self, checked: crate::rules::Date) -> String {
        format!("{} {}", self.checked_on, checked.text(self.is_nl))
    }
    /// The outcome in one sentence, as a person would say it: "Voor 3 van de 8 regelingen komt u
    /// waarschijnlijk in aanmerking, voor 2 is meer informatie nodig en voor 3 niet." Parts with
    /// none are left out, and so is "niet" when nothing is likely (it would say the same twice).
    pub fn outcome_sentence(
        &self,
        eligible: usize,
        not_eligible: usize,
        needs_info: usize,
    ) -> String {
        let total = eligible + not_eligible + needs_info;
        let join = |parts: Vec<String>| match parts.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!(
                "{} {} {last}",
                rest.join(", "),
                if self.is_nl { "en" } else { "and" }
            ),
        };
        let mut parts = Vec::new();
        if self.is_nl {
            parts.push(match eligible {
                0 => format!(
                    "U komt waarschijnlijk voor geen van de {total} regelingen in aanmerking"
                ),
                n if n == total => {
                    format!("Voor alle {total} regelingen komt u waarschijnlijk in aanmerking")
                }
                n => format!(
                    "Voor {n} van de {total} regelingen komt u waarschijnlijk in aanmerking"
                ),
            });
            if needs_info > 0 {
                parts.push(format!("voor {needs_info} is meer informatie nodig"));
            }
            if not_eligible > 0 && eligible > 0 {
                parts.push(format!("voor {not_eligible} niet"));
            }
        } else {
            parts.push(match eligible {
                0 => format!("You are probably eligible for none of the {total} arrangements"),
                n if n == total => {
                    format!("You are probably eligible for all {total} arrangements")
                }
                n => format!("You are probably eligible for {n} of the {total} arrangements"),
            });
            if needs_info > 0 {
                parts.push(format!(
                    "{needs_info} need{} more information",
                    if needs_info == 1 { "s" } else { "" }
                ));
            }
            if not_eligible > 0 && eligible > 0 {
                parts.push(format!(
                    "{not_eligible} {} not",
                    if not_eligible == 1 { "does" } else { "do" }
                ));
            }
        }
        format!("{}.", join(parts))
    }
    /// What a card waits for: "Verbeter eerst: Leeftijd. Vul eerst in: Uren per week."
    pub fn waiting(&self, wrong: &[&str], empty: &[&str]) -> String {
        let names = |fields: &[&str]| {
            fields
                .iter()
                .map(|f| self.short_label(f))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !wrong.is_empty() {
            parts.push(format!("{} {}.", self.fix_first, names(wrong)));
        }
        if !empty.is_empty() {
            parts.push(format!("{} {}.", self.fill_in_first, names(empty)));
        }
        parts.join(" ")
    }
    /// "1 year", "3 years" ("1 jaar", "3 jaar").
    pub fn count_years(&self, n: i64) -> String {
        format!("{n} {}", if n == 1 { self.year } else { self.years })
    }
    pub fn benefit_label(&self, code: &str) -> &'static str {
        self.benefits
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
            .unwrap_or("")
    }
    pub fn arrangement(&self, a: crate::rules::Arrangement) -> &'static str {
        a.name(self.is_nl)
    }
    /// What to do about an empty required field.
    pub fn missing_message(&self, name: &str) -> &'static str {
        self.missing_messages
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| *m)
            .unwrap_or("")
    }
    /// A field's label without the "Or:" that joins the two wage fields, for the error summary.
    pub fn short_label(&self, name: &str) -> String {
        let label = self.field_label(name);
        let label = label
            .strip_prefix("Of: ")
            .or_else(|| label.strip_prefix("Or: "))
            .unwrap_or(label);
        // Every label starts with an ASCII letter (a test checks): no Unicode case tables needed.
        let mut label = label.to_string();
        if let Some(first) = label.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        label
    }
    /// The label of a form field, by its input name (for the "fill in first" list).
    pub fn field_label(&self, name: &str) -> &'static str {
        match name {
            field::DATE => self.peildatum,
            field::BENEFIT => self.benefit,
            field::WAJONG_WORK_CAPACITY => self.wajong_capacity,
            field::TARGET_GROUP_REGISTER => self.register,
            field::STRUCTURAL_LIMITATION => self.limitation,
            field::AGE => self.age,
            field::WSW => self.wsw,
            field::ALREADY_EMPLOYED => self.employed,
            field::HOURS_PER_WEEK => self.hours,
            field::HOURLY_WAGE => self.wage,
            field::MONTHLY_WAGE => self.monthly_wage,
            field::CONTRACT_MONTHS => self.months,
            field::LOONWAARDE_PCT => self.loonwaarde,
            _ => "",
        }
    }
}
