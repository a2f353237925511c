//! The batch file's reading and writing rules, one test per rule.

use super::*;
use crate::app::i18n::NL;
use crate::rules::Benefit;

const TODAY: Date = Date::ymd(2026, 1, 1);

fn nl(text: &str) -> (String, Summary) {
    run_all(text.to_string(), TODAY, Lang::Nl)
}

/// The output read back as records (the byte-order mark dropped), header included.
fn records(out: &str) -> Vec<Vec<String>> {
    let body = out.strip_prefix('\u{feff}').expect("a byte-order mark");
    let sep = if body.lines().next().unwrap().starts_with("Regel;") {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(sep)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The cell of `column` (by header name) in each data record.
fn column(out: &str, name: &str) -> Vec<String> {
    let recs = records(out);
    let i = recs[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}: {:?}", recs[0]));
    recs[1..].iter().map(|r| r[i].clone()).collect()
}

const CONTRACT_HEADER: &str = "employee.benefit;employee.wajong_work_capacity;employee.structural_limitation;employee.age;job.hours_per_week;job.hourly_wage;job.contract_months;employee.loonwaarde_pct;date";

#[test]
fn the_contract_example_as_a_dutch_row_gets_status_words_and_dutch_amounts() {
    let (out, s) = nl(&format!(
        "{CONTRACT_HEADER}\nwajong;ja;ja;24;24;14,71;12;60;2026-01-01\n"
    ));
    assert_eq!((s.lines, s.ok), (1, 1));
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    assert_eq!(column(&out, "Loondispensatie"), ["Komt in aanmerking"]);
    assert_eq!(
        column(&out, "Loonkostensubsidie (gemeente)"),
        ["Komt niet in aanmerking"]
    );
    assert_eq!(
        column(&out, "Uurloon dat u betaalt (loondispensatie)"),
        ["8,83"]
    );
    assert_eq!(column(&out, "Loonkosten per jaar met steun"), ["10640,95"]);
    assert_eq!(column(&out, "Fouten"), [""]);
    assert_eq!(column(&out, "Regel"), ["2"]);
}

#[test]
fn an_english_file_has_commas_points_and_english_words() {
    let (out, _) = run_all(
        format!("{CONTRACT_HEADER}\nwajong;ja;ja;24;24;14,71;12;60;2026-01-01\n"),
        TODAY,
        Lang::En,
    );
    assert!(out.starts_with("\u{feff}Line,employee.benefit,"), "{out}");
    assert_eq!(
        column(&out, "Wage dispensation (loondispensatie)"),
        ["Eligible"]
    );
    assert_eq!(
        column(&out, "Hourly wage you pay (loondispensatie)"),
        ["8.83"]
    );
    assert_eq!(
        column(&out, "Wage costs per year with support"),
        ["10640.95"]
    );
    // The echoed input is unchanged; its comma makes it quoted.
    assert_eq!(column(&out, "job.hourly_wage"), ["14,71"]);
    assert!(out.contains(",\"14,71\","), "{out}");
}

#[test]
fn the_output_starts_with_a_byte_order_mark_and_ends_lines_with_crlf() {
    let (out, _) = nl(&format!(
        "{CONTRACT_HEADER}\nwajong;ja;ja;24;24;14,71;12;60;2026-01-01\n"
    ));
    assert!(out.starts_with('\u{feff}'));
    assert_eq!(out.matches("\r\n").count(), 2);
    assert_eq!(out.matches('\n').count(), 2);
}

#[test]
fn dutch_and_english_labels_name_the_columns_in_any_case() {
    let dutch = "Uitkering;ARBEIDSVERMOGEN (WAJONG);blijvende beperking;Leeftijd;Uren per week;Uurloon;Contract (maanden);Loonwaarde (%);Peildatum\n\
                 Wajong;Ja;ja;24;24;14,71;12;60;1-1-2026\n";
    let english = "Benefit,Work capacity (Wajong),Lasting limitation,Age,Hours per week,Gross hourly wage,Contract in months,Wage value in percent,Start date\n\
                   Wajong,yes,yes,24,24,14.71,12,60,2026-01-01\n";
    // The form's own questions are headers too.
    let questions = format!(
        "{};{};{};{};{};{}\nWajong;ja;24;24;14,71;60\n",
        NL.benefit, NL.wajong_capacity, NL.age, NL.hours, NL.wage, NL.loonwaarde
    );
    for text in [dutch, english, questions.as_str()] {
        let (out, s) = nl(text);
        assert!(s.notes.is_empty(), "{text}: {:?}", s.notes);
        assert_eq!(s.ok, 1, "{text}: {out}");
        assert_eq!(
            column(&out, "Uurloon dat u betaalt (loondispensatie)"),
            ["8,83"],
            "{text}"
        );
    }
}

#[test]
fn benefits_are_read_as_the_form_shows_them() {
    for (cell, code) in [
        ("Wajong", "wajong"),
        ("WIA", "wia"),
        ("wga", "wia"),
        ("WAO", "wao"),
        ("WAZ", "waz"),
        ("WW", "ww"),
        ("WW (unemployment)", "ww"),
        ("Bijstand", "participatiewet"),
        ("Bijstand (Participatiewet)", "participatiewet"),
        ("Bijstand / Participatiewet", "participatiewet"),
        ("participatiewet", "participatiewet"),
        ("Social assistance (Participatiewet)", "participatiewet"),
        ("Geen", "none"),
        ("Geen uitkering", "none"),
        ("No benefit", "none"),
        ("none", "none"),
        ("Weet ik niet", "unknown"),
        ("I don't know", "unknown"),
        ("", "unknown"),
        (" wajong ", "wajong"),
    ] {
        assert_eq!(
            columns::benefit(cell).map(Benefit::code),
            Some(code),
            "{cell:?}"
        );
    }
    for cell in ["pensioen", "AOW", "wajongg", "Één"] {
        assert_eq!(columns::benefit(cell), None, "{cell:?}");
    }
}

#[test]
fn yes_no_cells_in_any_case_and_empty_is_dont_know() {
    for (cell, value) in [
        ("Ja", "true"),
        ("JA", "true"),
        ("j", "true"),
        ("yes", "true"),
        ("TRUE", "true"),
        ("1", "true"),
        ("Nee", "false"),
        ("NO", "false"),
        ("false", "false"),
        ("0", "false"),
        ("", "unknown"),
        ("  ", "unknown"),
        ("Weet Ik Niet", "unknown"),
        ("onbekend", "unknown"),
        ("I don't know", "unknown"),
        ("n.v.t.", "unknown"),
    ] {
        assert_eq!(columns::yes_no_unknown(cell), Some(value), "{cell:?}");
    }
    assert_eq!(columns::yes_no_unknown("misschien"), None);
    assert_eq!(columns::yes_no_unknown("Één"), None);
    // The Wsw has no "don't know": empty is no, and "weet ik niet" is a question back.
    assert_eq!(columns::yes_no(""), Some("false"));
    assert_eq!(columns::yes_no("Ja"), Some("true"));
    assert_eq!(columns::yes_no("weet ik niet"), None);
}

#[test]
fn a_value_that_cannot_be_read_gets_its_own_message_not_required() {
    let text =
        "Naam;Uitkering;Arbeidsvermogen (Wajong);Leeftijd;Uren per week;Uurloon;Wsw;Startdatum\n\
                a;pensioen;ja;24;24;14,71;nee;\n\
                b;Wajong;misschien;24;24;14,71;nee;\n\
                c;Wajong;ja;24;24;14,71;weet ik niet;\n\
                d;Wajong;ja;24;24;14,71;nee;31-2-2026\n\
                e;Wajong;ja;oud;24;14,71;nee;\n\
                f;Wajong;ja;24;;14,71;nee;\n";
    let (out, s) = nl(text);
    assert_eq!((s.lines, s.ok), (6, 0));
    let errors = column(&out, "Fouten");
    assert_eq!(
        errors,
        [
            "Uitkering: \"pensioen\" is geen uitkering die de check kent; schrijf Wajong, WIA, WAO, WAZ, WW, Bijstand of Geen, of laat de cel leeg als u het niet weet",
            "Arbeidsvermogen (Wajong): \"misschien\" is geen ja of nee; schrijf ja, nee, of laat de cel leeg als u het niet weet",
            "Wsw: \"weet ik niet\" is geen ja of nee; schrijf ja of nee (een lege cel is nee)",
            "Startdatum: \"31-2-2026\" is geen datum; schrijf bijvoorbeeld 1-7-2026 of 2026-07-01",
            "Leeftijd: \"oud\" is geen getal; typ bijvoorbeeld 24",
            "Uren per week: is leeg; vul dit in",
        ]
    );
    // Nothing was guessed: an error row has no statuses and no amounts.
    assert_eq!(column(&out, "Loondispensatie"), vec![""; 6]);
    assert!(!errors.iter().any(|e| e.contains("required")));
}

#[test]
fn a_long_cell_is_too_long_not_required() {
    let long = "x".repeat(150);
    let (out, _) = nl(&format!(
        "Uitkering;Leeftijd;Uren per week;Uurloon\n{long};24;24;14,71\n"
    ));
    let errors = &column(&out, "Fouten")[0];
    assert!(
        errors.starts_with("Uitkering: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" is te lang"),
        "{errors}"
    );
    assert!(!errors.contains("leeg"), "{errors}");
}

#[test]
fn a_line_with_more_cells_than_the_header_says_so() {
    // An unquoted `18,50` in a comma file is two cells, not a wage of 18.
    let (out, s) =
        nl("Uitkering,Leeftijd,Uren per week,Uurloon\nWIA,45,32,18,50\nWIA,45,32,\"18,50\"\n");
    assert_eq!((s.lines, s.ok), (2, 1));
    let errors = column(&out, "Fouten");
    assert!(
        errors[0].starts_with("deze regel heeft 5 cellen en de kopregel 4"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("\"18,50\""), "{}", errors[0]);
    assert_eq!(errors[1], "");
}

#[test]
fn a_quoted_line_break_stays_inside_its_cell_and_line_numbers_count_it() {
    let text = "Naam;Uitkering;Leeftijd;Uren per week;Uurloon\r\n\"Jan\r\nde Vries\";WIA;45;32;18,50\r\nPiet;WIA;45;32;18,50\r\n";
    let (out, s) = nl(text);
    assert_eq!((s.lines, s.ok), (2, 2), "{out}");
    assert_eq!(column(&out, "Naam"), ["Jan\r\nde Vries", "Piet"]);
    assert_eq!(column(&out, "Regel"), ["2", "4"]);
    assert_eq!(s.shown.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
}

#[test]
fn line_numbers_are_those_of_the_file_with_any_line_ends_and_blank_lines() {
    for end in ["\n", "\r\n"] {
        let text = [
            "Uitkering;Leeftijd;Uren per week;Uurloon",
            "WIA;45;32;18,50",
            "",
            ";;;",
            "WIA;oud;32;18,50",
            "",
        ]
        .join(end);
        let (out, s) = nl(&text);
        assert_eq!(s.lines, 2, "blank and empty rows do not count: {out:?}");
        assert_eq!(column(&out, "Regel"), ["2", "5"], "{end:?}");
        assert_eq!(s.errors.iter().map(|r| r.line).collect::<Vec<_>>(), [5]);
    }
}

#[test]
fn the_separator_is_the_one_the_header_uses() {
    let rows = [
        "Uitkering;Leeftijd;Uren per week;Uurloon\nWIA;45;32;18,50\n",
        "Uitkering,Leeftijd,Uren per week,Uurloon\nWIA,45,32,\"18,50\"\n",
        "Uitkering\tLeeftijd\tUren per week\tUurloon\nWIA\t45\t32\t18,50\n",
        // A comma inside a quoted header does not count.
        "\"Uitkering, nu\";Leeftijd;Uren per week;Uurloon\nWIA;45;32;18,50\n",
    ];
    for text in rows {
        let (out, s) = nl(text);
        assert_eq!(s.ok, 1, "{text:?}: {out}");
    }
}

#[test]
fn a_byte_order_mark_utf16_and_windows_1252_are_read() {
    let text = "Naam;Uitkering;Leeftijd;Uren per week;Uurloon\r\nZoë;WIA;45;32;€ 18,50\r\n";
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend(text.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let cp1252: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'ë' => 0xEB,
            '€' => 0x80,
            c => c as u8,
        })
        .collect();
    for bytes in [utf8, utf16, cp1252, text.as_bytes().to_vec()] {
        let decoded = decode(bytes);
        assert_eq!(decoded, text);
        let (out, s) = nl(&decoded);
        assert_eq!(s.ok, 1, "{out}");
        assert_eq!(column(&out, "Naam"), ["Zoë"]);
    }
}

#[test]
fn every_formula_prefix_is_defused_and_plain_numbers_are_not() {
    for cell in [
        "=1+1",
        "=HYPERLINK(\"http://x\";\"klik\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        "  =1+1",
        "\u{a0}@SUM(A1)",
        " \t=1",
        "-",
        "+",
        "=",
    ] {
        assert_eq!(defuse(cell), format!("'{cell}"), "{cell:?}");
    }
    for cell in [
        "-5",
        "+3,5",
        "-1.250,00",
        "-1.50",
        "14,71",
        "Jan",
        "",
        "a=b",
        "100%",
        "€ -5",
    ] {
        assert_eq!(defuse(cell), cell, "{cell:?}");
    }
}

#[test]
fn no_cell_of_the_output_would_run_in_a_spreadsheet() {
    // A formula in a carried column, in a known column (echoed and quoted in the message), and in
    // the header.
    let text = "Naam;=cmd|' /C calc'!A0;Uitkering;Leeftijd;Uren per week;Uurloon\n\
                \"=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";@SUM(A1);WIA;+1+1;32;18,50\n\
                \t=1+1;-2+3;=WIA;45;32;18,50\n\
                -5;x;WIA;45;32;18,50\n";
    let (out, s) = nl(text);
    assert_eq!(s.lines, 3);
    for record in records(&out) {
        for cell in record {
            let dangerous = matches!(
                cell.trim_start_matches(' ').chars().next(),
                Some('=' | '+' | '@' | '\t' | '\r')
            ) || (cell.starts_with('-') && !write::plain_number_for_tests(&cell));
            assert!(!dangerous, "{cell:?} in {out}");
        }
    }
    assert_eq!(
        column(&out, "Naam"),
        ["'=HYPERLINK(\"http://x\";\"klik\")", "'\t=1+1", "-5"]
    );
    assert_eq!(
        column(&out, "'=cmd|' /C calc'!A0"),
        ["'@SUM(A1)", "'-2+3", "x"]
    );
    assert_eq!(column(&out, "Uitkering")[1], "'=WIA");
    // The message quotes the value; the cell starts with the column's name.
    assert!(column(&out, "Fouten")[0].starts_with("Leeftijd: \"+1+1\" is geen getal"));
}

#[test]
fn unknown_columns_are_carried_unchanged_next_to_the_outcome() {
    let text = "Klantnummer;Uitkering;Leeftijd;Adviseur;Uren per week;Uurloon\n 00123 ;WIA;45;M. de Boer;32;18,50\n";
    let (out, s) = nl(text);
    assert_eq!(
        s.notes,
        ["Deze kolommen kent de check niet; ze staan ongewijzigd in de download: \"Klantnummer\", \"Adviseur\"."]
    );
    let recs = records(&out);
    assert_eq!(
        &recs[0][..7],
        [
            "Regel",
            "Klantnummer",
            "Uitkering",
            "Leeftijd",
            "Adviseur",
            "Uren per week",
            "Uurloon"
        ]
    );
    assert_eq!(
        &recs[1][..7],
        ["2", " 00123 ", "WIA", "45", "M. de Boer", "32", "18,50"]
    );
    assert_eq!(recs[1][7], "Meer informatie nodig");
    // The first carried column names the line on the page.
    assert_eq!(s.shown[0].name, "00123");
}

#[test]
fn a_file_without_known_or_required_columns_says_so() {
    let (_, s) = nl("");
    assert!(!s.readable);
    assert!(s.notes[0].starts_with("Het bestand is leeg"));
    let (_, s) = nl("\n\n;;\n");
    assert!(!s.readable);
    let (_, s) = nl("a,b,c\n1,2,3\n");
    assert!(s.readable);
    assert!(
        s.notes[0].starts_with("Geen enkele kolom is herkend"),
        "{:?}",
        s.notes
    );
    let (out, s) = nl("Uitkering;Uren per week;Uurloon\nWIA;32;18,50\n");
    assert_eq!(
        s.notes,
        ["Er is geen kolom \"Leeftijd\": zonder deze kolom kan geen regel worden berekend."]
    );
    assert_eq!(column(&out, "Fouten"), ["Er is geen kolom \"Leeftijd\""]);
}

#[test]
fn a_column_named_twice_uses_the_first() {
    let (out, s) = nl("Leeftijd;Uitkering;Age;Uren per week;Uurloon\n45;WIA;99;32;18,50\n");
    assert_eq!(s.ok, 1, "{out}");
    assert!(
        s.notes[0].starts_with("De kolom \"Age\" staat twee keer"),
        "{:?}",
        s.notes
    );
}

#[test]
fn a_monthly_wage_counts_where_no_hourly_wage_is_given() {
    let text = "Uitkering;Leeftijd;Uren per week;Uurloon;Maandloon\nWIA;45;36;;2.500,00\nWIA;45;36;20;2.500,00\nWIA;45;36;;\n";
    let (out, s) = nl(text);
    assert!(
        s.notes.iter().any(|n| n.contains("telt het loon per uur")),
        "{:?}",
        s.notes
    );
    let costs = column(&out, "Loonkosten per jaar met steun");
    // 2500 × 3 / 13 / 36 = 16,03 an hour; 36 hours × 52 weeks: 30 006,16 a year without support.
    assert_eq!(s.ok, 2, "{out}");
    assert_ne!(costs[0], costs[1]);
    assert_eq!(column(&out, "Fouten")[2], "Uurloon: is leeg; vul dit in");
}

#[test]
fn dates_are_read_day_first_or_as_iso() {
    for (cell, iso) in [
        ("2026-07-01", "2026-07-01"),
        ("1-7-2026", "2026-07-01"),
        ("01/07/2026", "2026-07-01"),
        ("1.7.2026", "2026-07-01"),
        (" 31-12-2026 ", "2026-12-31"),
    ] {
        assert_eq!(
            columns::date(cell).map(|d| d.to_string()).as_deref(),
            Some(iso),
            "{cell:?}"
        );
    }
    for cell in ["31-2-2026", "7/1/26", "2026-7-1", "morgen", "1-7-2026-1"] {
        assert_eq!(columns::date(cell), None, "{cell:?}");
    }
}

#[test]
fn the_example_file_evaluates_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let example = example(lang);
        assert!(example.starts_with('\u{feff}'));
        let (out, s) = run_all(decode(example.clone().into_bytes()), TODAY, lang);
        assert_eq!((s.lines, s.ok), (2, 2), "{out}");
        // Only the name column is carried.
        assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
        assert_eq!(s.shown[0].name, "Jan");
        // Jan: a Wajong new hire with 60 % loonwaarde gets loondispensatie; Fatima, who already
        // works here with a WIA benefit and a lasting limitation, can get workplace adaptations.
        assert_eq!(s.shown[0].statuses.unwrap()[0], Status::Eligible, "{out}");
        assert_eq!(s.shown[1].statuses.unwrap()[6], Status::Eligible, "{out}");
    }
    assert!(example(Lang::Nl)
        .lines()
        .next()
        .unwrap()
        .contains(";Uitkering;"));
    assert!(example(Lang::En)
        .lines()
        .next()
        .unwrap()
        .contains(",Benefit,"));
}

#[test]
fn a_run_in_steps_writes_what_a_run_at_once_writes() {
    let text = sample_csv(1_000);
    let (all, summary) = nl(&text);
    let mut run = Run::new(text.clone(), TODAY, Lang::Nl);
    let mut steps = 0;
    let mut last = 0;
    while !run.step(64) {
        steps += 1;
        let (read, total) = run.progress();
        assert!(read >= last && read <= total);
        last = read;
    }
    assert_eq!(steps, 1_000 / 64);
    assert_eq!(run.output(), all);
    assert_eq!(run.summary(), &summary);
}

#[test]
fn the_summary_counts_lines_errors_and_eligible_per_arrangement() {
    let (out, s) = nl(&sample_csv(500));
    assert_eq!(s.lines, 500);
    assert_eq!(s.ok + s.with_errors(), 500);
    assert_eq!(s.shown.len(), SHOWN);
    assert_eq!(s.errors.len(), s.with_errors().min(LISTED));
    for (i, a) in Arrangement::ALWAYS.iter().enumerate() {
        let words = column(&out, a.name(true));
        let count = |w: &str| words.iter().filter(|c| *c == w).count();
        assert_eq!(s.eligible[i], count("Komt in aanmerking"), "{a:?}");
        assert_eq!(s.needs_info[i], count("Meer informatie nodig"), "{a:?}");
    }
    assert!(s.eligible.iter().sum::<usize>() > 0);
}

#[test]
fn a_current_employee_column_is_read() {
    let text = "Werkt al bij u;Uitkering;Arbeidsvermogen (Wajong);Blijvende beperking;Leeftijd;Uren per week;Uurloon;Startdatum\n\
                nee;Wajong;ja;ja;24;24;14,71;2026-01-01\n\
                ja;Wajong;ja;ja;24;24;14,71;2026-01-01\n\
                ;Wajong;ja;ja;24;24;14,71;2026-01-01\n";
    let (out, _) = nl(text);
    assert_eq!(
        column(&out, "Proefplaatsing"),
        [
            "Komt in aanmerking",
            "Komt niet in aanmerking",
            "Meer informatie nodig"
        ]
    );
    assert_eq!(
        column(&out, "Werkbehoud (UWV)"),
        [
            "Komt niet in aanmerking",
            "Komt in aanmerking",
            "Meer informatie nodig"
        ]
    );
}

#[test]
fn amounts_are_printed_as_two_decimals_without_floats() {
    for c in [-100_001, -150, -5, 0, 5, 50, 883, 1_064_095, 123_456_789] {
        let plain = format!("{:.2}", c as f64 / 100.0);
        assert_eq!(write::amount(Cents(c), false), plain, "{c}");
        assert_eq!(
            write::amount(Cents(c), true),
            plain.replace('.', ","),
            "{c}"
        );
    }
}

#[test]
fn every_field_of_the_form_is_a_column_in_the_form_order() {
    assert_eq!(COLUMNS.map(|c| c.field), crate::form::FIELDS);
    // No two columns share a name people may use.
    for (i, a) in COLUMNS.iter().enumerate() {
        for name in [a.field, a.nl, a.en]
            .into_iter()
            .chain(a.aliases.iter().copied())
        {
            assert_eq!(columns::column_of(name), Some(i), "{name:?}");
        }
    }
}

#[test]
fn cells_are_read_as_the_form_reads_them_with_units_and_without_a_zero_wage() {
    let (out, s) = nl("Uitkering;Leeftijd;Uren per week;Uurloon\nWIA;45 jaar;32 uur;€ 18,50 per uur\nWIA;45;32;14,711\nWIA;45;32;0\n");
    assert_eq!((s.lines, s.ok), (3, 1), "{out}");
    let errors = column(&out, "Fouten");
    assert!(errors[1].contains("bedoelt u 14,71?"), "{}", errors[1]);
    assert!(
        errors[2].starts_with("Uurloon: een loon van € 0 kan niet"),
        "{}",
        errors[2]
    );
}
