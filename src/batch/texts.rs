//! The batch file's own words (column names, messages, notes) in Dutch and English, from one table:
//! a text missing in one language does not compile.

use crate::app::i18n::Lang;

pub struct BatchTexts {
    pub line: &'static str,
    pub errors: &'static str,
    /// The amount columns, in [`super::AMOUNT_COLUMNS`] order.
    pub amounts: [&'static str; 5],
    pub empty: &'static str,
    pub too_long: &'static str,
    pub not_yes_no: &'static str,
    pub not_yes_no_hint: &'static str,
    pub not_yes_no_wsw_hint: &'static str,
    pub not_a_benefit: &'static str,
    pub not_a_benefit_hint: &'static str,
    pub not_a_date: &'static str,
    pub not_a_date_hint: &'static str,
    pub cells: &'static str,
    pub cells_header: &'static str,
    pub cells_hint: &'static str,
    pub no_header: &'static str,
    pub no_known_column: &'static str,
    pub missing_column: &'static str,
    pub missing_column_rows: &'static str,
    pub twice: &'static str,
    pub twice_used: &'static str,
    pub both_wages: &'static str,
    pub carried: &'static str,
    /// The example file's carried column and its two rows (name first; in column order after it).
    pub example_name: &'static str,
    pub example_rows: [[&'static str; 14]; 2],
    pub separator: u8,
}

pub fn texts(lang: Lang) -> &'static BatchTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

static NL: BatchTexts = BatchTexts {
    line: "Regel",
    errors: "Fouten",
    amounts: [
        "Uurloon dat u betaalt (loondispensatie)",
        "Besparing per jaar (loondispensatie)",
        "LKV per jaar",
        "Loonkostensubsidie per maand",
        "Loonkosten per jaar met steun",
    ],
    empty: "is leeg; vul dit in",
    too_long: "is te lang (meer dan 100 tekens)",
    not_yes_no: "is geen ja of nee",
    not_yes_no_hint: "schrijf ja, nee, of laat de cel leeg als u het niet weet",
    not_yes_no_wsw_hint: "schrijf ja of nee (een lege cel is nee)",
    not_a_benefit: "is geen uitkering die de check kent",
    not_a_benefit_hint: "schrijf Wajong, WIA, WAO, WAZ, WW, Bijstand of Geen, of laat de cel leeg als u het niet weet",
    not_a_date: "is geen datum",
    not_a_date_hint: "schrijf bijvoorbeeld 1-7-2026 of 2026-07-01",
    cells: "deze regel heeft",
    cells_header: "cellen en de kopregel",
    cells_hint: "staat er een scheidingsteken te veel? Een bedrag met een komma in een bestand met komma's moet tussen aanhalingstekens staan (\"18,50\")",
    no_header: "Het bestand is leeg. De eerste regel noemt de kolommen; daarna komt één regel per kandidaat. Download het voorbeeldbestand om te zien hoe.",
    no_known_column: "Geen enkele kolom is herkend. De eerste regel moet de kolommen noemen, zoals Uitkering, Leeftijd, Uren per week en Brutoloon per uur (zie het voorbeeldbestand). Is het scheidingsteken een ; of een , ?",
    missing_column: "Er is geen kolom",
    missing_column_rows: "zonder deze kolom kan geen regel worden berekend",
    twice: "De kolom",
    twice_used: "staat twee keer in de kopregel; de eerste wordt gebruikt",
    both_wages: "Er zijn kolommen voor het loon per uur en per maand; waar beide zijn ingevuld, telt het loon per uur",
    carried: "Deze kolommen kent de check niet; ze staan ongewijzigd in de download",
    example_name: "Naam",
    example_rows: [
        ["Jan", "nee", "Wajong", "ja", "ja", "ja", "24", "nee", "", "24", "14,71", "", "12", "60"],
        ["Fatima", "ja", "WIA", "", "weet ik niet", "ja", "45", "nee", "", "32", "", "2.500,00", "", ""],
    ],
    separator: b';',
};

static EN: BatchTexts = BatchTexts {
    line: "Line",
    errors: "Errors",
    amounts: [
        "Hourly wage you pay (loondispensatie)",
        "Saving per year (loondispensatie)",
        "LKV per year",
        "Wage cost subsidy per month",
        "Wage costs per year with support",
    ],
    empty: "is empty; fill it in",
    too_long: "is too long (more than 100 characters)",
    not_yes_no: "is not yes or no",
    not_yes_no_hint: "write yes, no, or leave the cell empty if you don't know",
    not_yes_no_wsw_hint: "write yes or no (an empty cell is no)",
    not_a_benefit: "is not a benefit the check knows",
    not_a_benefit_hint: "write Wajong, WIA, WAO, WAZ, WW, Bijstand or None, or leave the cell empty if you don't know",
    not_a_date: "is not a date",
    not_a_date_hint: "write for example 2026-07-01 or 1-7-2026 (day first)",
    cells: "this line has",
    cells_header: "cells and the header",
    cells_hint: "is there a separator too many? An amount with a comma in a comma-separated file must be in quotes (\"18,50\")",
    no_header: "The file is empty. The first line names the columns; then comes one line per candidate. Download the example file to see how.",
    no_known_column: "No column was recognised. The first line must name the columns, such as Benefit, Age, Hours per week and Gross hourly wage (see the example file). Is the separator a ; or a , ?",
    missing_column: "There is no column",
    missing_column_rows: "without it no line can be evaluated",
    twice: "The column",
    twice_used: "is in the header twice; the first is used",
    both_wages: "There are columns for the wage per hour and per month; where both are filled in, the wage per hour counts",
    carried: "The check does not know these columns; they are in the download unchanged",
    example_name: "Name",
    example_rows: [
        ["Jan", "no", "Wajong", "yes", "yes", "yes", "24", "no", "", "24", "14.71", "", "12", "60"],
        ["Fatima", "yes", "WIA", "", "don't know", "yes", "45", "no", "", "32", "", "2500.00", "", ""],
    ],
    separator: b',',
};
