//! "Kopieer link": the share link (the address bar's, with the answers, the language and situation A)
//! to the clipboard, with a message that says it is done. Where the browser gives no clipboard (a
//! page not served over https), the link is shown selected, to copy by hand.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::i18n::Lang;

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// No clipboard: the link to copy by hand.
    ByHand(String),
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub lang: Lang,
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = gloo::utils::window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    clipboard.dyn_into::<web_sys::Clipboard>().ok()
}

#[function_component]
pub fn CopyLink(p: &CopyLinkProps) -> Html {
    let t = p.lang.texts();
    let copied = use_state(|| Copied::Not);
    let by_hand = use_node_ref();
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let href = gloo::utils::window().location().href().unwrap_or_default();
            let copied = copied.clone();
            match clipboard() {
                Some(c) => {
                    let promise = c.write_text(&href);
                    wasm_bindgen_futures::spawn_local(async move {
                        match wasm_bindgen_futures::JsFuture::from(promise).await {
                            Ok(_) => copied.set(Copied::Done),
                            Err(_) => copied.set(Copied::ByHand(href)),
                        }
                    });
                }
                None => copied.set(Copied::ByHand(href)),
            }
        })
    };
    {
        let by_hand = by_hand.clone();
        use_effect_with((*copied).clone(), move |c| {
            if let (Copied::ByHand(_), Some(input)) =
                (c, by_hand.cast::<web_sys::HtmlInputElement>())
            {
                input.select();
                let _ = input.focus();
            }
        });
    }
    html! {
        <span class="sw-copy">
            <button type="button" class="sw-button sw-copy__button" {onclick}>{ t.copy_link }</button>
            <span class="sw-copy__done" role="status">
                if *copied == Copied::Done { { t.copy_link_done } }
            </span>
            if let Copied::ByHand(href) = &*copied {
                <label class="sw-copy__by-hand">
                    { t.copy_link_by_hand }
                    <input class="sw-input" type="text" readonly=true value={href.clone()} ref={by_hand} />
                </label>
            }
        </span>
    }
}
