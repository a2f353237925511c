//! Many candidates at once (for advisers): paste the cells of a spreadsheet or choose a CSV file, see
//! the counts and the lines with errors, download every line's outcome as CSV.
//!
//! The work is `crate::batch` (pure, natively tested; `steunwijzer batch` runs the same code and
//! writes the same bytes). This panel runs it in slices of about 40 ms, yielding to the browser in
//! between, so a file of 100 000 lines keeps the page responsive, shows its progress and can be
//! stopped. Nothing leaves the browser: the file is read locally and the download is a local Blob.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::{Blob, BlobPropertyBag, HtmlInputElement, HtmlTextAreaElement, Url};
use yew::prelude::*;

use super::hooks::focus_if_lost;
use super::i18n::{Lang, Texts};
use crate::app::cards::status_view;
use crate::app::fmt::count;
use crate::batch::{decode, example, Run, Shown, Summary};
use crate::rules::{Arrangement, Date};

/// How long one slice of work may take before the page gets the browser back.
const SLICE_MS: f64 = 40.0;
/// Progress is shown once a batch has taken this long.
const PROGRESS_AFTER_MS: f64 = 200.0;
/// A chosen file up to this size is also shown in the text box, and a pasted text of this size
/// stays in it (a larger one makes the box, and with it the page, slow).
const SHOW_FILE_BYTES: usize = 200_000;

/// The largest file the page reads: about a million lines. A larger one would take the tab's
/// memory (the text, and an outcome about five times its size).
const MAX_FILE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct BatchProps {
    pub lang: Lang,
    pub today: Date,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Running {
        read: usize,
        total: usize,
        lines: usize,
        shown: bool,
    },
    Done(Rc<Done>),
}

#[derive(PartialEq)]
struct Done {
    /// The language the outcome was written in (the page's, once a switch has evaluated again).
    lang: Lang,
    summary: Summary,
    millis: f64,
    url: Option<String>,
    stopped: bool,
}

impl Drop for Done {
    fn drop(&mut self) {
        if let Some(url) = &self.url {
            let _ = Url::revoke_object_url(url);
        }
    }
}

/// A download of `csv`'s bytes as they are (UTF-8): the Blob copies them straight out of the wasm's
/// memory, which for 100 000 lines (about 30 MB) takes a tenth of the time of passing the text as a
/// JS string (decoded from UTF-8, then encoded again by the Blob).
fn blob_url(csv: &str) -> Option<String> {
    if !super::hooks::IN_BROWSER {
        return None; // the first view at build time: the example's link comes live
    }
    // SAFETY: the view is used only by `Blob::new`, which copies it before anything here can
    // allocate (and so move the wasm's memory).
    let bytes = unsafe { js_sys::Uint8Array::view(csv.as_bytes()) };
    let parts = js_sys::Array::of1(&bytes);
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[function_component]
pub fn BatchPanel(p: &BatchProps) -> Html {
    let t = p.lang.texts();
    let lang = p.lang;
    // The text box is not state: it can hold megabytes, which every render (one per slice of a
    // run) would copy and compare. It is read when the batch is run, and set when a file is chosen.
    let area = use_node_ref();
    let phase = use_state(|| Phase::Idle);
    // The run that is going on: setting its flag stops it at the next slice.
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    // Why a chosen file was not read: the browser could not, or it is too large.
    let file_error = use_state(|| None::<fn(&Texts) -> &'static str>);
    let large_file = use_state(|| false);
    let example_url = use_memo(lang, |lang| blob_url(&example(*lang)));
    // The text last evaluated: the outcome is written in the page's language, so switching the
    // language evaluates it again.
    let source = use_mut_ref(|| None::<String>);

    let oninput = {
        let large_file = large_file.clone();
        Callback::from(move |_: InputEvent| large_file.set(false))
    };
    // Works through `csv` slice by slice; the previous run (if any) is stopped first.
    let evaluate = {
        let (phase, cancel, source, today) =
            (phase.clone(), cancel.clone(), source.clone(), p.today);
        Callback::from(move |csv: String| {
            *source.borrow_mut() = Some(csv.clone());
            cancel.borrow().set(true);
            let stop = Rc::new(Cell::new(false));
            *cancel.borrow_mut() = stop.clone();
            let phase = phase.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let start = now();
                let mut run = Run::new(csv, today, lang);
                loop {
                    let slice = now();
                    while !run.done() && now() - slice < SLICE_MS {
                        run.step(32);
                    }
                    if run.done() || stop.get() {
                        break;
                    }
                    let (read, total) = run.progress();
                    phase.set(Phase::Running {
                        read,
                        total,
                        lines: run.summary().lines,
                        shown: now() - start >= PROGRESS_AFTER_MS,
                    });
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    if stop.get() {
                        break;
                    }
                }
                // A run replaced by a newer one leaves the panel to that one.
                if stop.get() && !run.done() && Rc::strong_count(&stop) == 1 {
                    return;
                }
                let stopped = !run.done();
                let millis = now() - start;
                let (out, summary) = run.finish();
                let url = summary.readable.then(|| blob_url(&out)).flatten();
                phase.set(Phase::Done(Rc::new(Done {
                    lang,
                    summary,
                    millis,
                    url,
                    stopped,
                })));
            });
        })
    };
    {
        let (source, evaluate) = (source.clone(), evaluate.clone());
        use_effect_with(lang, move |_| {
            // (Taken out first: `evaluate` stores the text it is given in `source`.)
            let last = source.borrow().clone();
            if let Some(csv) = last {
                evaluate.emit(csv);
            }
        });
    }
    let on_stop = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.borrow().set(true))
    };
    // A large pasted text is taken out of the box once it is run: the browser lays out a text box
    // of 100 000 lines again on every frame, which halves the speed of the run and of the page.
    let run = {
        let (area, evaluate, large_file) = (area.clone(), evaluate.clone(), large_file.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                let csv = area.value();
                if csv.len() > SHOW_FILE_BYTES {
                    area.set_value("");
                    large_file.set(true);
                }
                evaluate.emit(csv);
            }
        })
    };
    // A chosen file is read in the browser as bytes (UTF-8, UTF-16 or Windows-1252: see
    // `batch::decode`), shown in the text box when it is not large, and evaluated.
    let onfile = {
        let (area, evaluate, file_error, large_file) = (
            area.clone(),
            evaluate.clone(),
            file_error.clone(),
            large_file.clone(),
        );
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            if file.size() > MAX_FILE_BYTES {
                file_error.set(Some(|t| t.batch_file_too_large));
                return;
            }
            let (area, evaluate, file_error, large_file) = (
                area.clone(),
                evaluate.clone(),
                file_error.clone(),
                large_file.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => {
                        let csv = decode(js_sys::Uint8Array::new(&buffer).to_vec());
                        file_error.set(None);
                        let large = csv.len() > SHOW_FILE_BYTES;
                        large_file.set(large);
                        if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                            area.set_value(if large { "" } else { &csv });
                        }
                        evaluate.emit(csv);
                    }
                    Err(_) => file_error.set(Some(|t| t.batch_file_error)),
                }
            });
        })
    };

    // When a run ends, the progress (and its Stop button) goes: if focus was there, it moves to
    // the outcome's summary rather than falling to the page.
    let summary_ref = use_node_ref();
    {
        let summary_ref = summary_ref.clone();
        let done = match &*phase {
            Phase::Done(d) => Some(Rc::as_ptr(d) as usize),
            _ => None,
        };
        use_effect_with(done, move |done| {
            if done.is_some() {
                focus_if_lost(&summary_ref);
            }
        });
    }
    let progress = match &*phase {
        Phase::Running {
            read,
            total,
            lines,
            shown: true,
        } => {
            let pct = if *total > 0 { read * 100 / total } else { 0 };
            html! {
                <div class="sw-batch__progress">
                    <p role="status">{ t.batch_busy }</p>
                    <progress max="100" value={pct.to_string()} aria-label={t.batch_busy}>{ format!("{pct} %") }</progress>
                    <p>{ format!("{} {} ({pct} %)", count(lang, *lines), t.batch_done_of) }</p>
                    <button type="button" class="sw-button" onclick={on_stop}>{ t.batch_stop }</button>
                </div>
            }
        }
        _ => Html::default(),
    };
    let result = match &*phase {
        Phase::Done(d) => result(d, &summary_ref),
        _ => Html::default(),
    };
    html! {
        <section class="sw-batch" aria-labelledby="sw-h-batch">
            <h2 id="sw-h-batch">{ t.batch_title }</h2>
            <form onsubmit={run}>
                <label class="sw-label" for="sw-batch-input">{ t.batch_label }</label>
                <p class="sw-hint" id="sw-batch-hint">{ t.batch_hint }</p>
                if let Some(url) = &*example_url {
                    <p class="sw-batch__example">
                        <a href={url.clone()} download={if lang.is_nl() { "steunwijzer-voorbeeld.csv" } else { "steunwijzer-example.csv" }}>{ t.batch_example }</a>
                        { format!(" ({})", t.batch_example_hint) }
                    </p>
                }
                <textarea class="sw-input sw-batch__input" id="sw-batch-input" rows="5" spellcheck="false"
                    aria-describedby="sw-batch-hint" ref={area} {oninput} />
                if *large_file {
                    <p class="sw-hint">{ t.batch_large_file }</p>
                }
                <button type="submit" class="sw-button">{ t.batch_run }</button>
                <p class="sw-batch__file">
                    <label class="sw-label" for="sw-batch-file">{ t.batch_file }</label>
                    <input type="file" class="sw-batch__file-input" id="sw-batch-file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
                        aria-describedby="sw-batch-hint" onchange={onfile} />
                </p>
                if let Some(message) = *file_error {
                    <p class="sw-error" role="alert">{ message(t) }</p>
                }
            </form>
            { progress }
            { result }
        </section>
    }
}

/// "Regel 4 (Jan)" / "Regel 4".
fn line_name(r: &Shown, lang: Lang) -> String {
    let t = lang.texts();
    if r.name.is_empty() {
        format!("{} {}", t.batch_line, r.line)
    } else {
        format!("{} {} ({})", t.batch_line, r.line, r.name)
    }
}

/// The outcome of a run: counts first, then the lines with errors, the download, and the first
/// lines in a table that scrolls on its own.
fn result(d: &Done, summary_ref: &NodeRef) -> Html {
    let lang = d.lang;
    let t = lang.texts();
    let s = &d.summary;
    let summary = format!(
        "{} {} {} {} ms: {} {}, {} {}.",
        count(lang, s.lines),
        t.batch_rows,
        t.batch_in,
        d.millis.round() as i64,
        count(lang, s.ok),
        t.batch_ok,
        count(lang, s.with_errors()),
        t.batch_errors
    );
    let statuses = Arrangement::ALWAYS.len();
    html! {
        <div class="sw-batch__result" lang={lang.code()}>
            <p class="sw-batch__summary" role="status" tabindex="-1" ref={summary_ref.clone()}
                data-batch-rows={s.lines.to_string()} data-batch-ok={s.ok.to_string()}
                data-batch-errors={s.with_errors().to_string()} data-batch-ms={(d.millis.round() as i64).to_string()}
                data-batch-stopped={d.stopped.to_string()}>
                if d.stopped { { format!("{} ", t.batch_stopped) } }
                { summary }
            </p>
            if d.stopped {
                <p class="sw-notice">{ t.batch_stopped_download }</p>
            }
            { for s.notes.iter().map(|n| html! { <p class="sw-notice sw-batch__note">{ n.clone() }</p> }) }
            if let Some(url) = &d.url {
                <p><a class="sw-button" href={url.clone()} download={t.batch_file_name}>{ t.batch_download }</a></p>
            }
            if s.ok > 0 {
                <h3 class="sw-batch__subtitle">{ t.batch_per_arrangement }</h3>
                <ul class="sw-batch__counts">
                    { for Arrangement::ALWAYS.iter().enumerate().map(|(i, a)| html! {
                        <li data-batch-arrangement={a.key()}>
                            <strong>{ t.arrangement(*a) }</strong>{ ": " }
                            <span data-batch-eligible={s.eligible[i].to_string()}>{ format!("{} {}", count(lang, s.eligible[i]), t.batch_eligible) }</span>
                            { format!(", {} {}", count(lang, s.needs_info[i]), t.batch_needs_info) }
                        </li>
                    }) }
                </ul>
            }
            if !s.errors.is_empty() {
                <h3 class="sw-batch__subtitle">{ format!("{} ({})", t.batch_errors_title, count(lang, s.with_errors())) }</h3>
                <ul class="sw-batch__errors">
                    { for s.errors.iter().map(|r| html! {
                        <li data-batch-line={r.line.to_string()}>
                            <strong>{ line_name(r, lang) }</strong>
                            if let [only] = r.errors.as_slice() {
                                { ": " }{ only.clone() }
                            } else {
                                <ul>{ for r.errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                            }
                        </li>
                    }) }
                </ul>
                if s.with_errors() > s.errors.len() {
                    <p class="sw-hint">{ t.batch_more_errors }</p>
                }
            }
            if !s.shown.is_empty() {
                <div class="sw-scroll sw-batch__scroll" tabindex="0" role="region" aria-label={t.batch_table_caption}>
                    <table class="sw-table sw-batch__table">
                        <caption>{ format!("{} ({} / {})", t.batch_table_caption, count(lang, s.shown.len()), count(lang, s.lines)) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.batch_line }</th>
                                { for Arrangement::ALWAYS.iter().map(|a| html! { <th scope="col">{ t.arrangement(*a) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for s.shown.iter().map(|r| html! {
                                <tr data-batch-line={r.line.to_string()}>
                                    <th scope="row">{ line_name(r, lang) }</th>
                                    if let Some(st) = r.statuses {
                                        { for st.iter().map(|s| html! { <td data-status={s.code()}>{ status_view(*s, lang).1 }</td> }) }
                                    } else {
                                        <td colspan={statuses.to_string()}>{ t.batch_see_errors }</td>
                                    }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}
