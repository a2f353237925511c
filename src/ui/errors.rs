//! The error summary at the top of the form, shown after "Bekijk de uitkomst" while something is
//! missing or wrong (the NL Design System / GOV.UK pattern): a heading, then one link per problem
//! that moves the focus to its field. It takes the focus when it appears, so keyboard and
//! screen-reader users land on it.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::fields::field_id;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub title: &'static str,
    /// (input name, message), in form order.
    pub problems: Vec<(&'static str, AttrValue)>,
    /// The summary box, focused by the page when the user asks for the outcome.
    pub node: NodeRef,
}

#[function_component]
pub fn ErrorSummary(p: &ErrorSummaryProps) -> Html {
    html! {
        <div class="sw-error-summary" tabindex="-1" ref={p.node.clone()} aria-labelledby="sw-error-summary-title">
            <h2 class="sw-error-summary__title" id="sw-error-summary-title">{ p.title }</h2>
            <ul class="sw-error-summary__list">
                { for p.problems.iter().map(|(name, message)| {
                    let id = field_id(name);
                    let target = id.clone();
                    // Focus the field without following the link: the URL fragment holds the share link.
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        let field = e
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .and_then(|a| a.closest(".sw-app").ok().flatten())
                            .and_then(|app| app.query_selector(&format!("#{target}")).ok().flatten())
                            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
                        if let Some(field) = field {
                            let _ = field.focus();
                        }
                    });
                    html! {
                        <li><a href={format!("#{id}")} {onclick}>{ message.clone() }</a></li>
                    }
                }) }
            </ul>
        </div>
    }
}
