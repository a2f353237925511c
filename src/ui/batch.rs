//! Many candidates at once (for advisers): paste CSV or choose a CSV file, get every row's outcome,
//! download it as CSV.
//! The work is `crate::batch` (pure, natively tested); this panel only shows the first rows and
//! offers the whole result as a download. Nothing leaves the browser: the download is a local Blob.

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, HtmlInputElement, HtmlTextAreaElement, Url};
use yew::prelude::*;

use super::i18n::Lang;
use crate::batch::{evaluate_csv, Batch};
use crate::rules::Date;

/// How many rows the page shows; the download has them all.
const SHOWN: usize = 20;

#[derive(Properties, PartialEq)]
pub struct BatchProps {
    pub lang: Lang,
    pub today: Date,
}

#[derive(Clone, PartialEq)]
struct Done {
    batch: Batch,
    millis: f64,
    url: Option<String>,
}

fn blob_url(csv: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(csv));
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

#[function_component]
pub fn BatchPanel(p: &BatchProps) -> Html {
    let t = p.lang.texts();
    let text = use_state(String::new);
    let done = use_state(|| None::<Done>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    // Evaluates `csv` and offers the result as a download (the previous download URL is released).
    let evaluate = {
        let (done, today) = (done.clone(), p.today);
        Callback::from(move |csv: String| {
            let start = js_sys::Date::now();
            let batch = evaluate_csv(&csv, today);
            let millis = js_sys::Date::now() - start;
            if let Some(old) = done.as_ref().and_then(|d| d.url.clone()) {
                let _ = Url::revoke_object_url(&old);
            }
            let url = blob_url(&batch.csv);
            done.set(Some(Done { batch, millis, url }));
        })
    };
    let run = {
        let (text, evaluate) = (text.clone(), evaluate.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            evaluate.emit((*text).clone());
        })
    };
    // A chosen file is read in the browser (File.text()), shown in the text box and evaluated.
    let file_error = use_state(|| false);
    let onfile = {
        let (text, evaluate, file_error) = (text.clone(), evaluate.clone(), file_error.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let (text, evaluate, file_error) = (text.clone(), evaluate.clone(), file_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(v) => {
                        let csv = v.as_string().unwrap_or_default();
                        file_error.set(false);
                        text.set(csv.clone());
                        evaluate.emit(csv);
                    }
                    Err(_) => file_error.set(true),
                }
            });
        })
    };
    let status_of = |code: &str| match code {
        "eligible" => t.status_eligible,
        "not_eligible" => t.status_not_eligible,
        "needs_info" => t.status_needs_info,
        _ => "",
    };
    html! {
        <section class="sw-batch" aria-labelledby="sw-h-batch">
            <h2 id="sw-h-batch">{ t.batch_title }</h2>
            <form onsubmit={run}>
                <label class="sw-label" for="sw-batch-input">{ t.batch_label }</label>
                <p class="sw-hint" id="sw-batch-hint">{ t.batch_hint }</p>
                <textarea class="sw-input sw-batch__input" id="sw-batch-input" rows="5" spellcheck="false"
                    aria-describedby="sw-batch-hint" value={(*text).clone()} {oninput} />
                <button type="submit" class="sw-button">{ t.batch_run }</button>
                <p class="sw-batch__file">
                    <label class="sw-label" for="sw-batch-file">{ t.batch_file }</label>
                    <input type="file" class="sw-batch__file-input" id="sw-batch-file" accept=".csv,.txt,text/csv,text/plain"
                        aria-describedby="sw-batch-hint" onchange={onfile} />
                </p>
                if *file_error {
                    <p class="sw-error" role="alert">{ t.batch_file_error }</p>
                }
            </form>
            if let Some(d) = &*done {
                <p class="sw-batch__summary" role="status" data-batch-rows={d.batch.rows.len().to_string()}>
                    { format!("{} {} {} {} ms: {} {}, {} {}.",
                        d.batch.rows.len(), t.batch_rows, t.batch_in, d.millis.round() as i64,
                        d.batch.rows.iter().filter(|r| r.ok).count(), t.batch_ok,
                        d.batch.rows.iter().filter(|r| !r.ok).count(), t.batch_errors) }
                </p>
                { for d.batch.notes.iter().map(|n| html! { <p class="sw-notice">{ n.clone() }</p> }) }
                if let Some(url) = &d.url {
                    <p><a class="sw-button" href={url.clone()} download="steunwijzer-resultaten.csv">{ t.batch_download }</a></p>
                }
                if !d.batch.rows.is_empty() {
                    <div class="sw-scroll" tabindex="0" role="region" aria-label={t.batch_title}>
                        <table class="sw-table sw-batch__table">
                            <caption>{ format!("{} {} {}", t.batch_first, d.batch.rows.len().min(SHOWN), t.batch_rows) }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ "id" }</th>
                                    { for crate::rules::Arrangement::ALWAYS.iter().map(|a| html! { <th scope="col">{ t.arrangement(*a) }</th> }) }
                                    <th scope="col">{ t.batch_errors_column }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for d.batch.rows.iter().take(SHOWN).map(|r| html! {
                                    <tr>
                                        <th scope="row">{ if r.id.is_empty() { format!("{} {}", t.batch_line, r.line) } else { r.id.clone() } }</th>
                                        { for r.cells[..crate::rules::Arrangement::ALWAYS.len()].iter().map(|c| html! { <td>{ status_of(c) }</td> }) }
                                        <td>{ r.cells.last().cloned().unwrap_or_default() }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            }
        </section>
    }
}
