//! The App's effects, each a hook of its own: the share link in the URL, the page's language and
//! title, whether the page is being printed, and where focus goes after "Bekijk de uitkomst".

use std::rc::Rc;

use yew::prelude::*;

use super::i18n::Lang;

/// Whether this runs in a browser. Not when the first view is rendered to HTML at build time
/// (src/bin/prerender.rs): then a hook's first value is what a browser without matches, storage or
/// a share link would give, and the live app reads the browser when it takes over.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// How long after the last change the URL's share link is updated.
pub const SHARE_LINK_DELAY_MS: u32 = 250;

fn replace_hash(fragment: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(history) = w.history() {
            let url = format!("#{fragment}");
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The fragment of the page URL (the share link), or "" outside a page.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The share link follows the answers after a pause in typing: `history.replaceState` costs several
/// milliseconds (and browsers throttle it), too much for every keystroke.
#[hook]
pub fn use_share_link(fragment: String, enabled: bool) {
    use_effect_with(fragment, move |f| {
        let f = f.clone();
        let pending = enabled.then(|| {
            gloo::timers::callback::Timeout::new(SHARE_LINK_DELAY_MS, move || replace_hash(&f))
        });
        move || drop(pending)
    });
}

/// A share link pasted into the address bar of a tab that already shows the check changes only the
/// fragment: the browser fires `hashchange` and does not reload. `follow` gets the new fragment.
/// (`replaceState`, which keeps the link up to date with the answers, fires no such event.)
#[hook]
pub fn use_hash_change(enabled: bool, follow: Callback<String>) {
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                follow.emit(location_hash())
            })
        });
        move || drop(listener)
    });
}

/// The page's `lang` and title follow the chosen language (not when embedded in a host page).
#[hook]
pub fn use_page_language(lang: Lang, embedded: bool) {
    use_effect_with(lang, move |lang| {
        if embedded {
            return;
        }
        let doc = gloo::utils::document();
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(lang.texts().page_title);
    });
}

/// Whether the page is being printed (beforeprint / print media). The gespreksverslag is rendered
/// only then: it is never on screen, and building it on every keystroke would slow the answer.
#[hook]
pub fn use_printing() -> bool {
    // Every hook on every render, in the same order: not behind the `||` below.
    let print_media = use_media("print");
    let before_print = use_state(|| false);
    {
        let before_print = before_print.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let set = |value: bool| {
                let before_print = before_print.clone();
                move |_: &web_sys::Event| before_print.set(value)
            };
            let listeners = [
                gloo::events::EventListener::new(&window, "beforeprint", set(true)),
                gloo::events::EventListener::new(&window, "afterprint", set(false)),
            ];
            move || drop(listeners)
        });
    }
    *before_print || print_media
}

/// Whether the media `query` matches, following changes (a phone turned, a window resized).
#[hook]
pub fn use_media(query: &'static str) -> bool {
    let matches = use_state(|| {
        IN_BROWSER
            && gloo::utils::window()
                .match_media(query)
                .ok()
                .flatten()
                .is_some_and(|q| q.matches())
    });
    {
        let matches = matches.clone();
        use_effect_with(query, move |query| {
            let listener = gloo::utils::window()
                .match_media(query)
                .ok()
                .flatten()
                .map(|q| {
                    let list = q.clone();
                    gloo::events::EventListener::new(&q, "change", move |_| {
                        matches.set(list.matches())
                    })
                });
            move || drop(listener)
        });
    }
    *matches
}

/// Focuses the element behind `target`, if it is on the page.
pub fn focus(target: &NodeRef) {
    if let Some(el) = target.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses `target` when focus was lost to the page: the focused element (a button that has gone)
/// was removed, and the browser put focus on `<body>`.
pub fn focus_if_lost(target: &NodeRef) {
    let lost = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_none_or(|el| el.tag_name() == "BODY");
    if lost {
        focus(target);
    }
}

/// After "Bekijk de uitkomst" (the `submitted` count goes up): focus to the error summary when
/// something is wrong, else to the outcome. Returns the two elements' refs.
#[hook]
pub fn use_focus_after_submit(submitted: u32, has_problems: bool) -> (NodeRef, NodeRef) {
    let summary_ref = use_node_ref();
    let results_ref = use_node_ref();
    {
        let (summary_ref, results_ref) = (summary_ref.clone(), results_ref.clone());
        use_effect_with(submitted, move |count| {
            if *count > 0 {
                focus(if has_problems {
                    &summary_ref
                } else {
                    &results_ref
                });
            }
        });
    }
    (summary_ref, results_ref)
}

/// What a print shows: the gespreksverslag, or the financial overview for the employer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Report,
    Sheet,
}

/// The print buttons: each chooses what is printed and opens the browser's print once it is on the
/// page (an effect, so after the render). What was chosen last stays what Ctrl+P prints.
#[hook]
pub fn use_print_choice() -> (PrintKind, Callback<PrintKind>) {
    let choice = use_state(|| (PrintKind::Report, 0u32));
    let (kind, requests) = *choice;
    use_effect_with(requests, |requests| {
        if *requests > 0 {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
    });
    let print = Callback::from(move |kind: PrintKind| choice.set((kind, requests + 1)));
    (kind, print)
}

/// The focused element of the prerendered first view when the app took over.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Focus {
    pub id: String,
    /// Its `name` (a form field's), or "".
    pub name: String,
    /// The text selection (start, end) of a text input.
    pub selection: Option<(u32, u32)>,
}

/// What a person did in the prerendered first view before the wasm arrived.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Before {
    /// (name, value) of every form field whose value is not the one the page came with: a typed
    /// text, a chosen option, a checked radio button.
    pub typed: Vec<(String, String)>,
    pub focus: Option<Focus>,
    /// (id, text) of text areas with text (lines pasted into the batch).
    pub areas: Vec<(String, String)>,
}

impl Before {
    /// Reads the fields under `root`: each one's current value against the one in the HTML
    /// (the `value`, `checked` and `selected` attributes the page came with).
    pub fn read(root: &web_sys::Element) -> Before {
        use wasm_bindgen::JsCast;
        use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
        let mut before = Before::default();
        let Ok(fields) = root.query_selector_all("input[name], select[name], textarea[id]") else {
            return before;
        };
        for node in (0..fields.length()).filter_map(|i| fields.item(i)) {
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let changed = match input.type_().as_str() {
                    "radio" | "checkbox" => input.checked() && !input.default_checked(),
                    _ => input.value() != input.default_value(),
                };
                if changed {
                    before.typed.push((input.name(), input.value()));
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                let came_with = select
                    .query_selector("option[selected]")
                    .ok()
                    .flatten()
                    .and_then(|o| o.get_attribute("value"))
                    .unwrap_or_default();
                if select.value() != came_with {
                    before.typed.push((select.name(), select.value()));
                }
            } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                if !area.value().is_empty() {
                    before.areas.push((area.id(), area.value()));
                }
            }
        }
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        if let Some(el) = active.filter(|el| root.contains(Some(el)) && !el.id().is_empty()) {
            let selection = el
                .dyn_ref::<HtmlInputElement>()
                .and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
            before.focus = Some(Focus {
                id: el.id(),
                name: el.get_attribute("name").unwrap_or_default(),
                selection,
            });
        }
        before
    }
}

/// The app is live: after its first render, its root (the page's `main#steunwijzer`, the
/// embed's root in its shadow root) gets `data-live="true"` (a hook of ../shared/contract/), and
/// what [`Before`] carried that the form state does not hold is put back: the text areas' text
/// and the focus with its selection. Returns the ref for the app's element.
#[hook]
pub fn use_live(before: Rc<Before>) -> NodeRef {
    let app = use_node_ref();
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::JsCast;
            let Some(el) = app.cast::<web_sys::Element>() else {
                return;
            };
            if let Some(root) = el.parent_element() {
                let _ = root.set_attribute("data-live", "true");
            }
            let by_id = |id: &str| el.query_selector(&format!("[id=\"{id}\"]")).ok().flatten();
            for (id, text) in &before.areas {
                if let Some(area) =
                    by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    area.set_value(text);
                }
            }
            if let Some(f) = &before.focus {
                if let Some(target) =
                    by_id(&f.id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = target.focus();
                    if let (Some((start, end)), Some(input)) =
                        (f.selection, target.dyn_ref::<web_sys::HtmlInputElement>())
                    {
                        let _ = input.set_selection_range(start, end);
                    }
                }
            }
        });
    }
    app
}
