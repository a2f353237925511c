//! The app model: what the page holds and what it shows, as plain data and pure functions ("pure
//! core, thin shell"). The Yew shell (`crate::ui`) keeps a [`Model`] in a reducer, sends it
//! [`Action`]s, and renders the [`View`] it derives; everything that decides what is on screen is
//! here and tested natively.
//!
//! * [`Model`] / [`Action`] / [`Model::reduce`]: the answers, which errors are on screen, the
//!   situation pinned as A.
//! * [`View`]: for one render — the checked form, the evaluation, the message per field, the error
//!   summary, the outcome line, the link notice, the chart's series.
//! * [`answers`], [`compare_rows`]: the answers in words (print and comparison) and the comparison
//!   of A and B.
//! * [`i18n`] (every text in both languages), [`fmt`] (numbers), [`cards`] (a card's key figures).

pub mod cards;
pub mod fmt;
pub mod i18n;

use crate::form::field;
use crate::form::{Checked, Form, FIELDS};
use crate::rules::money::Cents;
use crate::rules::{evaluate, Arrangement, Date, Decision, Evaluation, Scenario, Status};
use cards::status_view;
use i18n::{Lang, Texts};

/// What the page holds between renders.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub form: Form,
    /// Parts of the share link that could not be used.
    pub ignored: Vec<String>,
    /// How often the user asked for the outcome ("Bekijk de uitkomst" or Enter). From the first
    /// time on, empty required fields are shown as errors too, with the summary at the top.
    pub submitted: u32,
    /// Fields whose error is on screen. An error appears when the user leaves the field (or asks
    /// for the outcome), not halfway through typing ("nin…" for "negentien"); once on screen it
    /// follows every keystroke and goes as soon as the input is right.
    pub shown: Vec<&'static str>,
    pub today: Date,
    /// The start date of a new form ([`default_start`], or the embed's `data-date`).
    pub start: Date,
    /// The situation pinned as A for the comparison.
    pub pinned: Option<Form>,
}

/// What the user did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Set(&'static str, String),
    /// Replace every answer with a saved scenario's (a share-link fragment).
    Load(String),
    /// Pin the current answers as situation A; `Unpin` stops comparing.
    Pin,
    Unpin,
    /// Follow a share link pasted into the tab: its answers and its A (or none), as on opening it.
    Follow(String),
    Leave(&'static str),
    Submit,
}

impl Model {
    /// A new form on `today` (starting on [`default_start`]), with the answers of a share-link
    /// `fragment` (empty: none).
    pub fn new(today: Date, fragment: &str) -> Model {
        Model::starting(today, default_start(today), fragment)
    }

    /// A new form on `today` whose start date is `start` unless the `fragment` says otherwise.
    /// A link with situation A (its `a.` parts) opens with A pinned.
    pub fn starting(today: Date, start: Date, fragment: &str) -> Model {
        let (answers, a) = split_pinned(fragment);
        let mut form = Form::new(start);
        let mut ignored = form.apply_fragment(&answers);
        let pinned = a.map(|a| {
            let mut pinned = Form::new(start);
            ignored.extend(
                pinned
                    .apply_fragment(&a)
                    .into_iter()
                    .map(|p| format!("a.{p}")),
            );
            pinned
        });
        let shown = errors_on_screen(&form, today);
        Model {
            form,
            ignored,
            submitted: 0,
            shown,
            today,
            start,
            pinned,
        }
    }

    /// The model with what was typed or chosen in the prerendered first view before the app was
    /// live: `typed` holds (input name, value) for each field whose value is not the one the page
    /// came with. Unknown names are left out. A field the person has left (any but `focused`)
    /// shows its error as after leaving it; the focused one as while typing.
    pub fn with_typed(self, typed: &[(String, String)], focused: Option<&str>) -> Model {
        let apply = |model: Model, action| model.update(action).unwrap_or(model);
        let mut model = self;
        for (name, value) in typed {
            let Some(&field) = FIELDS.iter().find(|f| **f == name.as_str()) else {
                continue;
            };
            model = apply(model, Action::Set(field, value.clone()));
            if focused != Some(field) {
                model = apply(model, Action::Leave(field));
            }
        }
        model
    }

    /// The share link of the answers, with situation A's after them as `a.` parts when one is
    /// pinned (`v1&date=…&a.date=…`), so that a link to a comparison opens on that comparison.
    pub fn share_fragment(&self) -> String {
        let mut out = self.form.to_fragment();
        if let Some(a) = &self.pinned {
            for part in a.to_fragment().split('&').skip(1) {
                out.push_str("&a.");
                out.push_str(part);
            }
        }
        out
    }

    fn has_error(&self, name: &str) -> bool {
        self.form.check(self.today).error(name).is_some()
    }

    /// The model after `action`; `None` when nothing changes (no render needed).
    pub fn update(&self, action: Action) -> Option<Model> {
        let mut next = self.clone();
        match action {
            Action::Set(name, value) => {
                next.form.set(name, value);
                if !next.has_error(name) {
                    next.shown.retain(|f| *f != name);
                }
            }
            Action::Leave(name) => {
                if next.shown.contains(&name) || !next.has_error(name) {
                    return None;
                }
                next.shown.push(name);
            }
            Action::Submit => next.submitted += 1,
            Action::Pin => next.pinned = Some(next.form.clone()),
            Action::Unpin => next.pinned = None,
            Action::Follow(fragment) => next = Model::starting(self.today, self.start, &fragment),
            Action::Load(fragment) => {
                next = Model {
                    pinned: next.pinned,
                    ..Model::starting(self.today, self.start, &fragment)
                }
            }
        }
        Some(next)
    }

    /// Everything one render shows, in `lang`.
    pub fn view(&self, lang: Lang) -> View {
        let t = lang.texts();
        let checked = self.form.check(self.today);
        let now = situation(&self.form, &checked);
        let submitted = self.submitted > 0;
        let errors: Vec<(&'static str, String)> = FIELDS
            .iter()
            .filter_map(|&name| {
                let shown = submitted || self.shown.contains(&name);
                let message = match checked.error(name).filter(|_| shown) {
                    Some(e) => Some(if lang.is_nl() {
                        e.message_nl.clone()
                    } else {
                        e.message.clone()
                    }),
                    None if submitted && checked.missing.contains(&name) => {
                        Some(t.missing_message(name).to_string())
                    }
                    None => None,
                };
                message.map(|m| (name, m))
            })
            .collect();
        // In the summary each message starts with its field's name (the benefit's names itself).
        let problems = if submitted {
            errors
                .iter()
                .filter(|(name, _)| self.form.visible(name))
                .map(|(name, m)| match *name {
                    field::BENEFIT => (*name, m.clone()),
                    _ => (*name, format!("{}: {m}", t.short_label(name))),
                })
                .collect()
        } else {
            Vec::new()
        };
        let summary = outcome_line(t, now.as_ref().map(|s| &s.evaluation), &checked);
        // The figures under "Bedragen en bronnen": those of the peildatum, also while the form is
        // incomplete (then of the date typed, or today).
        let figures_date = now
            .as_ref()
            .map(|s| s.evaluation.date)
            .or_else(|| Date::parse(self.form.get(field::DATE).trim()))
            .unwrap_or(self.today);
        let link_notice = match self.ignored.as_slice() {
            [] => None,
            [only] if only == "version" => Some(t.link_version.to_string()),
            ignored => Some(format!(
                "{} {}{}",
                t.link_ignored,
                ignored
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                if ignored.len() > 5 { " …" } else { "" }
            )),
        };
        let cards = cards(&self.form, &checked, now.as_ref(), self.today);
        View {
            cards,
            checked,
            now,
            figures_date,
            errors,
            problems,
            summary,
            link_notice,
        }
    }

    /// Situation A, when one is pinned and its answers give a result.
    pub fn pinned_situation(&self) -> Option<Situation> {
        let form = self.pinned.as_ref()?;
        situation(form, &form.check(self.today))
    }
}

/// The start date a new form suggests: the first day of next month. Someone planning a hire starts
/// someone on a date ahead, mostly the first of a month; with today every deadline "before the start"
/// would already have passed.
pub fn default_start(today: Date) -> Date {
    today.end_of_month().add_days(1)
}

/// A share link's or saved scenario's answers were typed earlier: their errors show at once.
fn errors_on_screen(form: &Form, today: Date) -> Vec<&'static str> {
    form.check(today)
        .errors
        .iter()
        .filter_map(|e| FIELDS.iter().find(|f| **f == e.field).copied())
        .collect()
}

/// One set of answers with its result: the current one (B), or the one pinned as A.
#[derive(Clone, Debug, PartialEq)]
pub struct Situation {
    pub scenario: Scenario,
    pub evaluation: Evaluation,
    /// The monthly wage as typed, when the wage was entered per month.
    pub monthly_wage: Option<String>,
}

fn situation(form: &Form, checked: &Checked) -> Option<Situation> {
    let scenario = checked.scenario.clone()?;
    Some(Situation {
        evaluation: evaluate(&scenario),
        scenario,
        monthly_wage: form
            .wage_from_month()
            .then(|| form.get(field::MONTHLY_WAGE).trim().to_string()),
    })
}

/// One result card: the arrangement's decision, or the fields it waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum Card {
    Ready(Arrangement, Box<Decision>),
    /// Fields this arrangement reads ([`Arrangement::reads`]) that are wrong (first) or empty.
    Waiting {
        arrangement: Arrangement,
        wrong: Vec<&'static str>,
        empty: Vec<&'static str>,
    },
}

impl Card {
    pub fn arrangement(&self) -> Arrangement {
        match self {
            Card::Ready(a, _) | Card::Waiting { arrangement: a, .. } => *a,
        }
    }
    /// The status, when the card has an answer.
    pub fn status(&self) -> Option<Status> {
        match self {
            Card::Ready(_, d) => Some(d.status),
            Card::Waiting { .. } => None,
        }
    }
}

/// A valid stand-in for a field that is empty or wrong, so that the arrangements that do not read
/// it can still be evaluated (their answer cannot depend on it: see [`Arrangement::reads`]).
fn stand_in(name: &str) -> Option<&'static str> {
    Some(match name {
        field::BENEFIT => "none",
        field::AGE => "30",
        field::HOURS_PER_WEEK => "24",
        field::HOURLY_WAGE | field::MONTHLY_WAGE => "15",
        field::CONTRACT_MONTHS | field::LOONWAARDE_PCT => "",
        _ => return None,
    })
}

/// The cards: every arrangement's decision when the answers are complete; otherwise the decision of
/// each arrangement that reads none of the fields that are empty or wrong, and for the others which
/// of those fields they wait for.
fn cards(form: &Form, checked: &Checked, now: Option<&Situation>, today: Date) -> Vec<Card> {
    if let Some(now) = now {
        return now
            .evaluation
            .arrangements
            .iter()
            .filter(|(a, _)| Arrangement::ALWAYS.contains(a))
            .map(|(a, d)| Card::Ready(a, Box::new(d.clone())))
            .collect();
    }
    // As scenario inputs: the wage per month is the wage per hour, and with it the hours count.
    let input = |name: &'static str| match name {
        field::MONTHLY_WAGE => field::HOURLY_WAGE,
        other => other,
    };
    let wrong: Vec<&'static str> = FIELDS
        .iter()
        .copied()
        .filter(|f| checked.error(f).is_some())
        .collect();
    let empty: Vec<&'static str> = FIELDS
        .iter()
        .copied()
        .filter(|f| checked.missing.contains(f) && !wrong.contains(f))
        .collect();
    let mut stand_ins = form.clone();
    let mut possible = true;
    for &name in wrong.iter().chain(&empty) {
        match stand_in(name) {
            Some(value) => {
                stand_ins.set(input(name), value);
            }
            None => possible = false,
        }
    }
    let partial = possible
        .then(|| stand_ins.check(today).scenario)
        .flatten()
        .map(|s| evaluate(&s));
    let bad_input = |name: &'static str, a: Arrangement| {
        let reads = a.reads();
        reads.contains(&input(name))
            || (name == field::HOURS_PER_WEEK
                && form.wage_from_month()
                && reads.contains(&field::HOURLY_WAGE))
    };
    Arrangement::ALWAYS
        .into_iter()
        .map(|a| {
            let waits = |fields: &[&'static str]| -> Vec<&'static str> {
                fields.iter().copied().filter(|f| bad_input(f, a)).collect()
            };
            let (w, e) = (waits(&wrong), waits(&empty));
            match partial.as_ref().and_then(|p| p.arrangements.get(a)) {
                Some(d) if w.is_empty() && e.is_empty() => Card::Ready(a, Box::new(d.clone())),
                _ => Card::Waiting {
                    arrangement: a,
                    wrong: if partial.is_some() { w } else { wrong.clone() },
                    empty: if partial.is_some() { e } else { empty.clone() },
                },
            }
        })
        .collect()
}

/// What one render shows (see [`Model::view`]).
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// The result cards, in order.
    pub cards: Vec<Card>,
    pub checked: Checked,
    /// The current answers with their result, when they are complete and valid.
    pub now: Option<Situation>,
    /// The date whose figures "Bedragen en bronnen" lists.
    pub figures_date: Date,
    /// (field, message) for every field whose message is on screen.
    errors: Vec<(&'static str, String)>,
    /// The error summary above the form after "Bekijk de uitkomst", each starting with its field.
    pub problems: Vec<(&'static str, String)>,
    /// The outcome line (announced politely to screen readers), also the pending cards' message.
    pub summary: String,
    /// What could not be used of a share link.
    pub link_notice: Option<String>,
}

impl View {
    /// The message shown at field `name`, if any.
    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m.as_str())
    }

    pub fn evaluation(&self) -> Option<&Evaluation> {
        self.now.as_ref().map(|s| &s.evaluation)
    }
}

/// The outcome in a sentence ([`Texts::outcome_sentence`]) with a result; otherwise what to fix or
/// fill in first.
fn outcome_line(t: &Texts, evaluation: Option<&Evaluation>, checked: &Checked) -> String {
    match evaluation {
        Some(e) => {
            let count = |s: Status| e.arrangements.iter().filter(|(_, d)| d.status == s).count();
            t.outcome_sentence(
                count(Status::Eligible),
                count(Status::NotEligible),
                count(Status::NeedsInfo),
            )
        }
        None if !checked.errors.is_empty() => t.fix_errors.to_string(),
        None => format!(
            "{} {}.",
            t.fill_in_first,
            checked
                .missing
                .iter()
                .map(|m| t.field_label(m))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// The parts of a share link (`#` and `&` taken off) that `take` does not take, joined again.
fn parts_left(fragment: &str, mut take: impl FnMut(&str) -> bool) -> String {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|part| !take(part))
        .collect::<Vec<_>>()
        .join("&")
}

/// The page language a share link asks for (its `lang=en` part), and the link without that part
/// for the form to read. A link without it is Dutch, as links made before it were.
pub fn link_language(fragment: &str) -> (String, Option<Lang>) {
    let mut lang = None;
    let rest = parts_left(fragment, |part| {
        lang = match part {
            "lang=en" => Some(Lang::En),
            "lang=nl" => Some(Lang::Nl),
            _ => return false,
        };
        true
    });
    (rest, lang)
}

/// A share link's own answers (with its version) and situation A's (its `a.` parts, as a fragment of
/// their own), if it has them.
pub fn split_pinned(fragment: &str) -> (String, Option<String>) {
    let mut a: Option<String> = None;
    let answers = parts_left(fragment, |part| match part.strip_prefix("a.") {
        Some(rest) => {
            let a = a.get_or_insert_with(|| String::from("v1"));
            a.push('&');
            a.push_str(rest);
            true
        }
        None => false,
    });
    (answers, a)
}

/// The share link of the answers in `lang`: English adds `&lang=en`, Dutch (the default) nothing.
pub fn with_language(fragment: String, lang: Lang) -> String {
    match lang {
        Lang::Nl => fragment,
        Lang::En => format!("{fragment}&lang=en"),
    }
}

/// One row of bars in the costs chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    /// `sw-bar--without`, `sw-bar--with` or `sw-bar--compare` (styles/main.css).
    pub class: &'static str,
    pub values: Vec<Cents>,
}

/// The chart's series: the costs without and with the arrangements, and A's without and with them
/// when pinned.
pub fn chart_series(t: &Texts, now: &Situation, pinned: Option<&Situation>) -> Vec<Series> {
    let values = |s: &Situation, with: bool| -> Vec<Cents> {
        s.evaluation
            .costs
            .years
            .iter()
            .map(|y| if with { y.with } else { y.without })
            .collect()
    };
    let mut series = vec![
        Series {
            label: t.chart_without.to_string(),
            class: "sw-bar--without",
            values: values(now, false),
        },
        Series {
            label: t.chart_with.to_string(),
            class: "sw-bar--with",
            values: values(now, true),
        },
    ];
    if let Some(a) = pinned {
        series.push(Series {
            label: t.chart_without_a.to_string(),
            class: "sw-bar--compare-without",
            values: values(a, false),
        });
        series.push(Series {
            label: t.chart_with_a.to_string(),
            class: "sw-bar--compare",
            values: values(a, true),
        });
    }
    series
}

/// The answers in words, as (question, answer), for the gespreksverslag and the comparison.
pub fn answers(
    s: &Scenario,
    lang: Lang,
    monthly_wage: Option<&str>,
) -> Vec<(&'static str, String)> {
    let t = lang.texts();
    let yes_no = |b: Option<bool>| match b {
        Some(true) => t.yes,
        Some(false) => t.no,
        None => t.dont_know,
    };
    let mut wage = format!("{} {}", fmt::euro(lang, s.job.hourly_wage), t.per_hour);
    if let Some(m) = monthly_wage {
        wage.push_str(&format!(
            " ({}: € {m} {})",
            t.report_from_month, t.per_month
        ));
    }
    let mut answers: Vec<(&'static str, String)> = vec![
        (t.employed, yes_no(s.job.already_employed).to_string()),
        (
            t.benefit,
            t.benefit_label(s.employee.benefit.code()).to_string(),
        ),
    ];
    if s.employee.benefit == crate::rules::Benefit::Wajong {
        answers.push((
            t.wajong_capacity,
            yes_no(s.employee.wajong_work_capacity).into(),
        ));
    }
    let date = if lang.is_nl() {
        s.date.nl()
    } else {
        s.date.en()
    };
    answers.extend([
        (
            t.register,
            yes_no(s.employee.target_group_register).to_string(),
        ),
        (
            t.limitation,
            yes_no(s.employee.structural_limitation).to_string(),
        ),
        (t.age, format!("{} {}", s.employee.age, t.years)),
        (t.wsw, yes_no(Some(s.employee.wsw)).to_string()),
        (t.peildatum, date),
        (
            t.hours,
            format!(
                "{} {}",
                fmt::hours(lang, s.job.hours_per_week),
                t.unit_hours
            ),
        ),
        (t.wage, wage),
        (
            t.months,
            match s.job.contract_months {
                Some(m) => format!("{m} {}", t.unit_months),
                None => t.report_permanent.to_string(),
            },
        ),
        (
            t.loonwaarde,
            match s.employee.loonwaarde {
                Some(p) => fmt::pct(lang, p),
                None => t.report_not_assessed.to_string(),
            },
        ),
    ]);
    answers
}

/// One row of the comparison: A's value, B's (`None` while B's answers give no result) and
/// whether they differ.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    /// Stable key: the question's label, the arrangement's key, `costs_year1`, …
    pub key: String,
    pub label: String,
    pub a: String,
    pub b: Option<String>,
    pub differs: bool,
}

/// Sum of the yearly costs with the arrangements over the projected years, and the saving.
pub fn five_years(e: &Evaluation) -> (Cents, Cents) {
    let with: i64 = e.costs.years.iter().map(|y| y.with.0).sum();
    let without: i64 = e.costs.years.iter().map(|y| y.without.0).sum();
    (Cents(with), Cents(without - with))
}

/// The rows: (stable key, label, value) for one situation.
fn rows(s: &Situation, lang: Lang) -> Vec<(String, String, String)> {
    let t = lang.texts();
    let mut out: Vec<(String, String, String)> =
        answers(&s.scenario, lang, s.monthly_wage.as_deref())
            .into_iter()
            .map(|(label, value)| (label.to_string(), label.to_string(), value))
            .collect();
    for (arrangement, d) in s.evaluation.arrangements.iter() {
        let (icon, status) = status_view(d.status, lang);
        out.push((
            arrangement.key().to_string(),
            t.arrangement(arrangement).to_string(),
            format!("{icon} {status}"),
        ));
        // Its amounts side by side too, a row each (the card's key figures).
        for (i, (label, value)) in cards::key_figures(arrangement, d, lang)
            .into_iter()
            .enumerate()
        {
            out.push((
                format!("{}.{i}", arrangement.key()),
                format!("{}: {label}", t.arrangement(arrangement)),
                value,
            ));
        }
    }
    let euro = |c: Cents| fmt::euro(lang, c);
    let (with5, saving5) = five_years(&s.evaluation);
    out.push((
        "costs_year1".into(),
        t.compare_costs_year1.into(),
        euro(s.evaluation.costs.per_year_with),
    ));
    out.push(("costs_5y".into(), t.compare_costs_5y.into(), euro(with5)));
    out.push((
        "saving_5y".into(),
        t.compare_saving_5y.into(),
        euro(saving5),
    ));
    out
}

/// A next to B: every row of A, then those only B has (a question that appears for B's answers).
pub fn compare_rows(a: &Situation, b: Option<&Situation>, lang: Lang) -> Vec<CompareRow> {
    let a_rows = rows(a, lang);
    let b_rows = b.map(|b| rows(b, lang)).unwrap_or_default();
    let mut keys: Vec<(String, String)> = a_rows
        .iter()
        .map(|(k, l, _)| (k.clone(), l.clone()))
        .collect();
    for (k, l, _) in &b_rows {
        if !keys.iter().any(|(x, _)| x == k) {
            keys.push((k.clone(), l.clone()));
        }
    }
    let value = |rows: &[(String, String, String)], key: &str| {
        rows.iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, _, v)| v.clone())
            .unwrap_or_else(|| "—".to_string())
    };
    keys.into_iter()
        .map(|(key, label)| {
            let va = value(&a_rows, &key);
            let vb = b.map(|_| value(&b_rows, &key));
            CompareRow {
                differs: vb.as_ref().is_some_and(|vb| *vb != va),
                a: va,
                b: vb,
                key,
                label,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
