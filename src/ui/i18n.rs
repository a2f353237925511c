//! Every text of the page in Dutch and English, from one table. A text missing in one language does
//! not compile: both languages are values of the same struct.

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
    pub error_prefix: &'static str,
    pub status_eligible: &'static str,
    pub status_not_eligible: &'static str,
    pub status_needs_info: &'static str,
    pub why: &'static str,
    pub arrangement_titles: [(&'static str, &'static str); 7],
    pub per_hour: &'static str,
    pub per_month: &'static str,
    pub per_year: &'static str,
    pub employer_wage: &'static str,
    pub saving: &'static str,
    pub band: &'static str,
    pub cover: &'static str,
    pub while_employed: &'static str,
    pub years: &'static str,
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
    pub monthly_wage: &'static str,
    pub monthly_wage_hint: &'static str,
    pub computed_from_month: &'static str,
    pub submit: &'static str,
    pub problems_title: &'static str,
    /// What to do about a required field that is still empty, shown after "show the outcome".
    pub missing_messages: [(&'static str, &'static str); 4],
}

pub static NL: Texts = Texts {
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
    error_prefix: "Fout:",
    status_eligible: "Komt in aanmerking",
    status_not_eligible: "Komt niet in aanmerking",
    status_needs_info: "Meer informatie nodig",
    why: "Waarom?",
    arrangement_titles: [
        ("loondispensatie", "Loondispensatie"),
        ("no_riskpolis", "No-riskpolis"),
        ("jobcoach", "Jobcoach"),
        ("lkv", "Loonkostenvoordeel (LKV)"),
        ("loonkostensubsidie", "Loonkostensubsidie (gemeente)"),
        ("proefplaatsing", "Proefplaatsing"),
        ("liv", "Lage-inkomensvoordeel (LIV)"),
    ],
    per_hour: "per uur",
    per_month: "per maand",
    per_year: "per jaar",
    employer_wage: "U betaalt",
    saving: "U bespaart",
    band: "Mogelijke besparing",
    cover: "Duur",
    while_employed: "zolang de werknemer bij u werkt",
    years: "jaar",
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
    monthly_wage: "Of: brutoloon per maand",
    monthly_wage_hint: "Weet u alleen het maandloon? Vul dat hier in, zonder vakantiegeld. Wij rekenen het uurloon uit: maandloon × 3 : 13 : uren per week.",
    computed_from_month: "Uitgerekend uit het maandloon.",
    submit: "Bekijk de uitkomst",
    problems_title: "Er ontbreekt iets of er staat een fout in",
    missing_messages: [
        ("employee.benefit", "Kies een uitkering. Weet u het niet? Kies dan \"Weet ik niet\"."),
        ("employee.age", "Vul de leeftijd van de kandidaat in."),
        ("job.hours_per_week", "Vul het aantal uren per week in."),
        ("job.hourly_wage", "Vul het brutoloon per uur of per maand in."),
    ],
};

pub static EN: Texts = Texts {
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
    error_prefix: "Error:",
    status_eligible: "Eligible",
    status_not_eligible: "Not eligible",
    status_needs_info: "More information needed",
    why: "Why?",
    arrangement_titles: [
        ("loondispensatie", "Wage dispensation (loondispensatie)"),
        ("no_riskpolis", "No-risk policy (no-riskpolis)"),
        ("jobcoach", "Job coach"),
        ("lkv", "Wage cost benefit (LKV)"),
        ("loonkostensubsidie", "Wage cost subsidy (municipality)"),
        ("proefplaatsing", "Trial placement (proefplaatsing)"),
        ("liv", "Low-income benefit (LIV)"),
    ],
    per_hour: "per hour",
    per_month: "per month",
    per_year: "per year",
    employer_wage: "You pay",
    saving: "You save",
    band: "Possible saving",
    cover: "Duration",
    while_employed: "for as long as the employee works for you",
    years: "years",
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
    monthly_wage: "Or: gross monthly wage",
    monthly_wage_hint: "Only know the monthly wage? Enter it here, without holiday allowance. We work out the hourly wage: monthly wage × 3 ÷ 13 ÷ hours per week.",
    computed_from_month: "Worked out from the monthly wage.",
    submit: "Show the outcome",
    problems_title: "Something is missing or wrong",
    missing_messages: [
        ("employee.benefit", "Choose a benefit. Not sure? Choose \"I don't know\"."),
        ("employee.age", "Enter the candidate's age."),
        ("job.hours_per_week", "Enter the number of hours per week."),
        ("job.hourly_wage", "Enter the gross wage per hour or per month."),
    ],
};

impl Texts {
    pub fn benefit_label(&self, code: &str) -> &'static str {
        self.benefits
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
            .unwrap_or("")
    }
    pub fn arrangement(&self, key: &str) -> &'static str {
        self.arrangement_titles
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, l)| *l)
            .unwrap_or("")
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
        let mut chars = label.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
    /// The label of a form field, by its input name (for the "fill in first" list).
    pub fn field_label(&self, name: &str) -> &'static str {
        match name {
            "date" => self.peildatum,
            "employee.benefit" => self.benefit,
            "employee.wajong_work_capacity" => self.wajong_capacity,
            "employee.target_group_register" => self.register,
            "employee.structural_limitation" => self.limitation,
            "employee.age" => self.age,
            "employee.wsw" => self.wsw,
            "job.hours_per_week" => self.hours,
            "job.hourly_wage" => self.wage,
            "job.monthly_wage" => self.monthly_wage,
            "job.contract_months" => self.months,
            "employee.loonwaarde_pct" => self.loonwaarde,
            _ => "",
        }
    }
}
