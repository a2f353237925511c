//! Scenarios saved on this device (opt-in): an adviser names the current answers and opens or
//! deletes them later. They live in the browser's localStorage under `steunwijzer:v1:saved:<name>`
//! as share-link fragments, and nowhere else. Where storage is not available (a private window, a
//! sandboxed iframe, a full quota) the panel says so and the rest of the page works as before.

use web_sys::{HtmlInputElement, Storage};
use yew::prelude::*;

use super::hooks::focus;
use super::i18n::Lang;

const PREFIX: &str = "steunwijzer:v1:saved:";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saved scenarios as (name, fragment), sorted by name; `None` when there is no storage.
fn list() -> Option<Vec<(String, String)>> {
    if !super::hooks::IN_BROWSER {
        // The first view at build time: an empty list (this device's saved answers come live).
        return Some(Vec::new());
    }
    let s = storage()?;
    let n = s.length().ok()?;
    let mut out: Vec<(String, String)> = Vec::new();
    for k in (0..n).filter_map(|i| s.key(i).ok().flatten()) {
        // Only our own keys are read: a host page's storage can hold many others.
        let Some(name) = k.strip_prefix(PREFIX) else {
            continue;
        };
        if let Ok(Some(value)) = s.get_item(&k) {
            // Kept in order as they are read (storage keys are unique).
            let at = out.partition_point(|(n, _)| n.as_str() < name);
            out.insert(at, (name.to_string(), value));
        }
    }
    Some(out)
}

#[derive(Properties, PartialEq)]
pub struct SavedProps {
    pub lang: Lang,
    /// The current answers as a share-link fragment (what "Bewaar" stores).
    pub fragment: AttrValue,
    /// Called with a saved fragment to open it.
    pub on_open: Callback<String>,
}

#[function_component]
pub fn Saved(p: &SavedProps) -> Html {
    let t = p.lang.texts();
    let items = use_state(list);
    let name = use_state(String::new);
    let message = use_state(|| None::<&'static str>);
    // After a delete its button is gone: focus goes to the message that says it was deleted.
    let message_ref = use_node_ref();
    let deleted = use_state(|| 0u32);
    {
        let message_ref = message_ref.clone();
        use_effect_with(*deleted, move |n| {
            if *n > 0 {
                focus(&message_ref);
            }
        });
    }
    let Some(current) = (*items).clone() else {
        return html! {
            <section class="sw-saved" aria-labelledby="sw-h-saved">
                <h2 id="sw-h-saved">{ t.saved_title }</h2>
                <p class="sw-hint">{ t.saved_unavailable }</p>
            </section>
        };
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let save = {
        let (name, items, message, fragment) = (
            name.clone(),
            items.clone(),
            message.clone(),
            p.fragment.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let label = name.trim().to_string();
            if label.is_empty() {
                message.set(Some(t.saved_need_name));
                return;
            }
            let stored =
                storage().map(|s| s.set_item(&format!("{PREFIX}{label}"), &fragment).is_ok());
            message.set(Some(if stored == Some(true) {
                t.saved_done
            } else {
                t.saved_failed
            }));
            name.set(String::new());
            items.set(list());
        })
    };
    html! {
        <section class="sw-saved" aria-labelledby="sw-h-saved">
            <h2 id="sw-h-saved">{ t.saved_title }</h2>
            <p class="sw-hint" id="sw-saved-hint">{ t.saved_hint }</p>
            <form class="sw-saved__form" onsubmit={save}>
                <label class="sw-label" for="sw-saved-name">{ t.saved_name }</label>
                <div class="sw-input-wrap">
                    <input class="sw-input" id="sw-saved-name" type="text" autocomplete="off" maxlength="60"
                        aria-describedby="sw-saved-hint" value={(*name).clone()} {oninput} />
                    <button type="submit" class="sw-button">{ t.saved_save }</button>
                </div>
            </form>
            <p class="sw-saved__message" role="status" tabindex="-1" ref={message_ref}>{ message.unwrap_or("") }</p>
            if !current.is_empty() {
                <ul class="sw-saved__list">
                    { for current.into_iter().map(|(label, fragment)| {
                        let open = {
                            let on_open = p.on_open.clone();
                            Callback::from(move |_: MouseEvent| on_open.emit(fragment.clone()))
                        };
                        let delete = {
                            let (items, message, deleted, key) = (items.clone(), message.clone(), deleted.clone(), format!("{PREFIX}{label}"));
                            Callback::from(move |_: MouseEvent| {
                                if let Some(s) = storage() {
                                    let _ = s.remove_item(&key);
                                }
                                message.set(Some(t.saved_deleted));
                                items.set(list());
                                deleted.set(*deleted + 1);
                            })
                        };
                        html! {
                            <li data-saved={label.clone()}>
                                <span class="sw-saved__name">{ label.clone() }</span>
                                <button type="button" class="sw-button" onclick={open}
                                    aria-label={format!("{} {label}", t.saved_open)}>{ t.saved_open }</button>
                                <button type="button" class="sw-button" onclick={delete}
                                    aria-label={format!("{} {label}", t.saved_delete)}>{ t.saved_delete }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
