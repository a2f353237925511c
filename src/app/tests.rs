//! The app model as a person uses the page: typing, leaving a field, asking for the outcome,
//! opening a link, pinning a situation. Native, no browser.

use super::*;

const TODAY: Date = Date::ymd(2026, 1, 1);

/// The contract's example as a share link: a Wajonger, 24 hours at € 14,71, loonwaarde 60 %.
const EXAMPLE: &str = "v1&date=2026-01-01&employee.age=24&employee.benefit=wajong\
    &employee.wajong_work_capacity=true&employee.structural_limitation=true\
    &job.hours_per_week=24&job.hourly_wage=14%2C71&job.contract_months=12&employee.loonwaarde_pct=60";

fn act(model: &Model, actions: impl IntoIterator<Item = Action>) -> Model {
    actions
        .into_iter()
        .fold(model.clone(), |m, a| m.update(a).unwrap_or(m))
}

#[test]
fn an_empty_form_says_what_to_fill_in_and_shows_no_errors() {
    let m = Model::new(TODAY, "");
    let v = m.view(Lang::Nl);
    assert!(v.now.is_none());
    assert!(v.summary.starts_with("Vul eerst in:"), "{}", v.summary);
    assert!(v.problems.is_empty());
    assert_eq!(v.error("employee.age"), None);
    assert_eq!(
        v.figures_date,
        Date::ymd(2026, 2, 1),
        "the figures of the default start date"
    );
    assert_eq!(v.link_notice, None);
}

#[test]
fn an_error_appears_when_the_field_is_left_and_goes_when_it_is_right() {
    let m = act(
        &Model::new(TODAY, ""),
        [Action::Set("employee.age", "negen".into())],
    );
    assert_eq!(
        m.view(Lang::Nl).error("employee.age"),
        None,
        "not while typing"
    );
    let m = act(&m, [Action::Leave("employee.age")]);
    let v = m.view(Lang::Nl);
    assert!(v.error("employee.age").unwrap().contains("geen getal"));
    assert_eq!(v.summary, "Verbeter eerst de velden met een fout.");
    // Leaving again changes nothing: no render.
    assert_eq!(m.update(Action::Leave("employee.age")), None);
    let m = act(&m, [Action::Set("employee.age", "30".into())]);
    assert_eq!(m.view(Lang::Nl).error("employee.age"), None);
    assert!(m.shown.is_empty());
}

#[test]
fn asking_for_the_outcome_lists_every_problem_with_its_field_in_the_summary() {
    let m = act(
        &Model::new(TODAY, ""),
        [Action::Set("employee.age", "200".into()), Action::Submit],
    );
    let v = m.view(Lang::Nl);
    let fields: Vec<&str> = v.problems.iter().map(|(f, _)| *f).collect();
    assert!(fields.contains(&"employee.age"), "{fields:?}");
    assert!(fields.contains(&"employee.benefit"), "{fields:?}");
    assert!(fields.contains(&"job.hours_per_week"), "{fields:?}");
    let age = &v
        .problems
        .iter()
        .find(|(f, _)| *f == "employee.age")
        .unwrap()
        .1;
    assert!(age.starts_with("Leeftijd"), "starts with its field: {age}");
    // The Wajong question is not asked, so it is not in the summary either.
    assert!(!fields.contains(&"employee.wajong_work_capacity"));
    // In English too.
    let en = m.view(Lang::En);
    assert!(en.error("employee.age").unwrap().contains("15 to 70"));
}

#[test]
fn a_share_link_opens_on_its_answers_and_result() {
    let m = Model::new(TODAY, EXAMPLE);
    let v = m.view(Lang::Nl);
    let now = v.now.as_ref().expect("a result");
    let e = &now.evaluation;
    assert_eq!(e.arrangements.loondispensatie.status, Status::Eligible);
    assert_eq!(
        v.summary,
        "Voor 6 van de 8 regelingen komt u waarschijnlijk in aanmerking en voor 2 niet."
    );
    assert_eq!(v.figures_date, Date::ymd(2026, 1, 1));
    assert_eq!(now.monthly_wage, None);
}

#[test]
fn a_link_from_another_version_or_with_garbage_says_so() {
    let v = Model::new(TODAY, "#v9&employee.age=24").view(Lang::Nl);
    assert!(v.link_notice.unwrap().contains("andere versie"));
    let m = Model::new(TODAY, "v1&employee.age=24&foo=1&bar=2");
    let notice = m.view(Lang::En).link_notice.unwrap();
    assert!(notice.contains("foo") && notice.contains("bar"), "{notice}");
    // Its bad answers show their errors at once (typed earlier, not halfway through typing).
    let m = Model::new(TODAY, "v1&employee.age=200");
    assert!(m.view(Lang::Nl).error("employee.age").is_some());
}

#[test]
fn opening_a_saved_situation_replaces_the_answers_but_keeps_situation_a() {
    let m = act(&Model::new(TODAY, EXAMPLE), [Action::Pin, Action::Submit]);
    let m = act(&m, [Action::Load("v1&employee.age=30".into())]);
    assert_eq!(m.form.get("employee.age"), "30");
    assert_eq!(m.form.get("employee.benefit"), "");
    assert_eq!(m.submitted, 0);
    assert!(m.pinned.is_some());
}

#[test]
fn the_comparison_marks_what_differs_between_a_and_b() {
    let a = act(&Model::new(TODAY, EXAMPLE), [Action::Pin]);
    let b = act(&a, [Action::Set("employee.loonwaarde_pct", "90".into())]);
    let pinned = b.pinned_situation().expect("A");
    let now = b.view(Lang::Nl).now.expect("B");
    let rows = compare_rows(&pinned, Some(&now), Lang::Nl);
    let row = |key: &str| rows.iter().find(|r| r.key == key).unwrap();
    // 90 % is above the loonwaarde limit: no loondispensatie for B.
    assert!(row("loondispensatie").differs);
    assert!(row("loondispensatie").a.contains("Komt in aanmerking"));
    assert!(
        row("Loonwaarde in procenten").differs,
        "{:?}",
        row("Loonwaarde in procenten")
    );
    assert_eq!(row("Loonwaarde in procenten").a, "60 %");
    assert!(!row("jobcoach").differs);
    assert!(row("costs_year1").differs);
    // While B is incomplete, A's rows stand alone and nothing is marked.
    let rows = compare_rows(&pinned, None, Lang::Nl);
    assert!(rows.iter().all(|r| r.b.is_none() && !r.differs));
    // The chart shows A's costs without and with arrangements next to B's.
    let series = chart_series(Lang::Nl.texts(), &now, Some(&pinned));
    assert_eq!(series.len(), 4);
    assert_eq!(
        series[2].values,
        pinned
            .evaluation
            .costs
            .years
            .iter()
            .map(|y| y.without)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        series[3].values,
        pinned
            .evaluation
            .costs
            .years
            .iter()
            .map(|y| y.with)
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_answers_in_words_use_the_same_numbers_as_the_reasons() {
    let mut m = Model::new(TODAY, EXAMPLE);
    m = act(
        &m,
        [
            Action::Set("job.hours_per_week", "32,25".into()),
            Action::Set("employee.loonwaarde_pct", "62,55".into()),
        ],
    );
    let now = m.view(Lang::Nl).now.expect("a result");
    let answers = answers(&now.scenario, Lang::Nl, None);
    let get = |q: &str| answers.iter().find(|(k, _)| *k == q).unwrap().1.clone();
    assert_eq!(get("Uren per week"), "32,25 uur");
    assert_eq!(get("Loonwaarde in procenten"), "62,55 %");
    assert_eq!(get("Brutoloon per uur"), "€\u{a0}14,71 per uur");
    let en = answers_en(&now.scenario);
    assert!(en.iter().any(|(_, v)| v == "32.25 hours"), "{en:?}");
}

fn answers_en(s: &Scenario) -> Vec<(&'static str, String)> {
    answers(s, Lang::En, None)
}

#[test]
fn one_year_is_one_year_in_english() {
    let t = Lang::En.texts();
    assert_eq!(t.count_years(1), "1 year");
    assert_eq!(t.count_years(3), "3 years");
    assert_eq!(Lang::Nl.texts().count_years(1), "1 jaar");
}

#[test]
fn counts_group_thousands_in_the_page_language() {
    use super::fmt::count;
    use super::i18n::Lang;
    for (n, nl, en) in [
        (0, "0", "0"),
        (999, "999", "999"),
        (1_000, "1.000", "1,000"),
        (100_000, "100.000", "100,000"),
        (1_234_567, "1.234.567", "1,234,567"),
    ] {
        assert_eq!(count(Lang::Nl, n), nl);
        assert_eq!(count(Lang::En, n), en);
    }
}

#[test]
fn the_outcome_line_is_a_sentence_that_leaves_out_what_is_none() {
    use super::i18n::Lang;
    let (nl, en) = (Lang::Nl.texts(), Lang::En.texts());
    for ((e, n, i), dutch, english) in [
        ((3, 3, 2), "Voor 3 van de 8 regelingen komt u waarschijnlijk in aanmerking, voor 2 is meer informatie nodig en voor 3 niet.", "You are probably eligible for 3 of the 8 arrangements, 2 need more information and 3 do not."),
        ((8, 0, 0), "Voor alle 8 regelingen komt u waarschijnlijk in aanmerking.", "You are probably eligible for all 8 arrangements."),
        ((1, 0, 7), "Voor 1 van de 8 regelingen komt u waarschijnlijk in aanmerking en voor 7 is meer informatie nodig.", "You are probably eligible for 1 of the 8 arrangements and 7 need more information."),
        ((0, 6, 2), "U komt waarschijnlijk voor geen van de 8 regelingen in aanmerking en voor 2 is meer informatie nodig.", "You are probably eligible for none of the 8 arrangements and 2 need more information."),
        ((0, 8, 0), "U komt waarschijnlijk voor geen van de 8 regelingen in aanmerking.", "You are probably eligible for none of the 8 arrangements."),
        ((6, 1, 1), "Voor 6 van de 8 regelingen komt u waarschijnlijk in aanmerking, voor 1 is meer informatie nodig en voor 1 niet.", "You are probably eligible for 6 of the 8 arrangements, 1 needs more information and 1 does not."),
    ] {
        assert_eq!(nl.outcome_sentence(e, n, i), dutch, "{e} {n} {i}");
        assert_eq!(en.outcome_sentence(e, n, i), english, "{e} {n} {i}");
    }
}

#[test]
fn the_share_link_keeps_the_language_and_the_form_reads_the_rest() {
    use super::{link_language, with_language};
    let m = Model::new(TODAY, EXAMPLE);
    let link = with_language(m.form.to_fragment(), Lang::En);
    assert!(link.ends_with("&lang=en"), "{link}");
    assert_eq!(
        with_language(m.form.to_fragment(), Lang::Nl),
        m.form.to_fragment()
    );
    let (rest, lang) = link_language(&format!("#{link}"));
    assert_eq!(lang, Some(Lang::En));
    let again = Model::new(TODAY, &rest);
    assert_eq!(again.form, m.form);
    assert_eq!(
        again.view(Lang::En).link_notice,
        None,
        "nothing was skipped"
    );
    assert_eq!(link_language("#v1&employee.age=24").1, None);
    assert_eq!(
        link_language("#v1&lang=nl&employee.age=24"),
        ("v1&employee.age=24".to_string(), Some(Lang::Nl))
    );
}

fn card(v: &View, a: Arrangement) -> &Card {
    v.cards
        .iter()
        .find(|c| c.arrangement() == a)
        .expect("a card")
}

#[test]
fn a_wrong_age_keeps_the_answers_that_do_not_depend_on_it_and_the_others_say_they_wait_for_it() {
    let m = act(
        &Model::new(TODAY, EXAMPLE),
        [Action::Set("employee.age", "vierentwintig".into())],
    );
    let v = m.view(Lang::Nl);
    assert!(v.now.is_none(), "no complete result");
    assert_eq!(v.cards.len(), 8);
    let complete = Model::new(TODAY, EXAMPLE).view(Lang::Nl);
    for a in [
        Arrangement::NoRiskpolis,
        Arrangement::Jobcoach,
        Arrangement::Proefplaatsing,
        Arrangement::Werkplekaanpassing,
        Arrangement::Werkbehoud,
    ] {
        assert_eq!(card(&v, a), card(&complete, a), "{a} does not read the age");
    }
    for a in [
        Arrangement::Loondispensatie,
        Arrangement::Lkv,
        Arrangement::Loonkostensubsidie,
    ] {
        assert_eq!(
            card(&v, a),
            &Card::Waiting {
                arrangement: a,
                wrong: vec!["employee.age"],
                empty: vec![]
            }
        );
    }
    let t = Lang::Nl.texts();
    assert_eq!(
        t.waiting(&["employee.age"], &[]),
        "Verbeter eerst: Leeftijd."
    );
}

#[test]
fn an_empty_wage_makes_only_the_arrangements_that_count_with_it_wait() {
    let m = act(
        &Model::new(TODAY, EXAMPLE),
        [Action::Set("job.hourly_wage", "".into())],
    );
    let v = m.view(Lang::En);
    let waiting: Vec<Arrangement> = v
        .cards
        .iter()
        .filter(|c| c.status().is_none())
        .map(Card::arrangement)
        .collect();
    assert_eq!(waiting, vec![Arrangement::Loondispensatie]);
    assert_eq!(
        Lang::En
            .texts()
            .waiting(&[], &["job.hourly_wage", "employee.age"]),
        "Please fill in first: Gross hourly wage, Age."
    );
}

#[test]
fn a_wrong_date_makes_every_card_wait_for_it() {
    let m = act(
        &Model::new(TODAY, EXAMPLE),
        [Action::Set("date", "31-02".into())],
    );
    let v = m.view(Lang::Nl);
    assert!(v
        .cards
        .iter()
        .all(|c| matches!(c, Card::Waiting { wrong, .. } if wrong == &vec!["date"])));
}

#[test]
fn an_empty_form_has_every_card_waiting_for_what_it_needs() {
    let v = Model::new(TODAY, "").view(Lang::Nl);
    match card(&v, Arrangement::Werkbehoud) {
        Card::Waiting { wrong, empty, .. } => {
            assert!(wrong.is_empty());
            assert_eq!(empty, &vec!["employee.benefit"]);
        }
        other => panic!("{other:?}"),
    }
    match card(&v, Arrangement::Loondispensatie) {
        Card::Waiting { empty, .. } => assert_eq!(
            empty,
            &vec![
                "employee.benefit",
                "employee.age",
                "job.hours_per_week",
                "job.hourly_wage"
            ]
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_new_form_starts_on_the_first_of_next_month_so_that_no_step_is_already_too_late() {
    for (today, start) in [
        (Date::ymd(2026, 12, 1), Date::ymd(2027, 1, 1)),
        (Date::ymd(2026, 12, 31), Date::ymd(2027, 1, 1)),
        (Date::ymd(2027, 2, 15), Date::ymd(2027, 3, 1)),
    ] {
        assert_eq!(default_start(today), start);
        let example_without_date = EXAMPLE.replace("date=2026-01-01&", "");
        let m = Model::new(today, &example_without_date);
        assert_eq!(m.form.get("date"), start.to_string());
        let v = m.view(Lang::Nl);
        let e = v.evaluation().expect("a result");
        assert!(!e.next_steps().is_empty());
        for step in &e.next_steps() {
            assert!(!step.too_late(today), "{:?} on {today}", step.arrangement);
            if let Some(d) = step.deadline {
                assert!(d >= today, "{:?}: {d} is before {today}", step.arrangement);
            }
        }
    }
}

#[test]
fn a_share_link_keeps_situation_a_and_opens_on_the_same_comparison() {
    let pinned = act(
        &Model::new(TODAY, EXAMPLE),
        [
            Action::Pin,
            Action::Set("employee.loonwaarde_pct", "40".into()),
        ],
    );
    let link = pinned.share_fragment();
    assert!(link.starts_with("v1&"), "{link}");
    assert!(link.contains("&employee.loonwaarde_pct=40"), "{link}");
    assert!(link.contains("&a.employee.loonwaarde_pct=60"), "{link}");
    let opened = Model::new(TODAY, &link);
    assert_eq!(opened.ignored, Vec::<String>::new());
    assert_eq!(opened.form, pinned.form);
    assert_eq!(opened.pinned, pinned.pinned);
    assert_eq!(opened.share_fragment(), link);
    // Without A, the link is as before; following a link without A stops the comparison.
    let followed = act(&opened, [Action::Follow(EXAMPLE.into())]);
    assert_eq!(followed.pinned, None);
    assert_eq!(
        followed.share_fragment(),
        Model::new(TODAY, EXAMPLE).form.to_fragment()
    );
    // A broken part of A is named as A's.
    let broken = Model::new(TODAY, &format!("{EXAMPLE}&a.employee.age=24&a.nonsense=1"));
    assert_eq!(broken.ignored, vec!["a.nonsense=1".to_string()]);
}

#[test]
fn what_was_typed_before_the_app_was_live_is_kept_and_a_left_field_shows_its_error() {
    let typed: Vec<(String, String)> = [
        ("employee.benefit", "wajong"),
        ("employee.age", "negen"),
        ("job.hours_per_week", "24"),
        ("job.hourly_wage", "14,7"),
        ("not.a.field", "x"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    let m = Model::new(TODAY, "").with_typed(&typed, Some("job.hourly_wage"));
    assert_eq!(m.form.get("employee.benefit"), "wajong");
    assert_eq!(m.form.get("job.hourly_wage"), "14,7");
    let v = m.view(Lang::Nl);
    // Left with a wrong age: its error is on screen, as after leaving the field.
    assert!(v.error("employee.age").is_some());
    // Nothing else changed, and the start date is the default one.
    assert_eq!(m.form.get("date"), "2026-02-01");
    assert_eq!(m.form.get("job.contract_months"), "");
}

#[test]
fn a_focused_field_typed_before_the_app_was_live_shows_no_error_yet() {
    let typed = vec![("employee.age".to_string(), "negen".to_string())];
    let m = Model::new(TODAY, "").with_typed(&typed, Some("employee.age"));
    assert_eq!(m.form.get("employee.age"), "negen");
    assert_eq!(m.view(Lang::Nl).error("employee.age"), None);
}

#[test]
fn typed_values_win_over_a_share_link_only_where_they_were_typed() {
    let typed = vec![("employee.loonwaarde_pct".to_string(), "70".to_string())];
    let m = Model::new(TODAY, EXAMPLE).with_typed(&typed, None);
    assert_eq!(m.form.get("employee.loonwaarde_pct"), "70");
    assert_eq!(m.form.get("job.hourly_wage"), "14,71");
}
