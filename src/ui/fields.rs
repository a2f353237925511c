//! Form controls with their label, hint and inline error wired for screen readers
//! (`aria-describedby`, `aria-invalid`). They hold no state: the value comes from the form.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// `employee.age` → `sw-employee-age`
pub fn field_id(name: &str) -> String {
    format!("sw-{}", name.replace(['.', '_'], "-"))
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[derive(Properties, PartialEq)]
struct ErrorTextProps {
    /// The field's id; the message gets `{id}-error`, which the control's `aria-describedby` names.
    id: String,
    error: Option<AttrValue>,
    prefix: &'static str,
}

/// A field's inline error: what is wrong and what is allowed, with a "Fout:" prefix for screen readers
/// (the red border and icon are not the only signal).
#[function_component]
fn ErrorText(p: &ErrorTextProps) -> Html {
    match &p.error {
        Some(err) => html! {
            <p class="sw-error" id={format!("{}-error", p.id)}>
                <span class="sw-visually-hidden">{ p.prefix }{ " " }</span>{ err.clone() }
            </p>
        },
        None => Html::default(),
    }
}

/// Called with (input name, new value).
pub type OnSet = Callback<(&'static str, String)>;

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub name: &'static str,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub error_prefix: &'static str,
    #[prop_or("decimal")]
    pub inputmode: &'static str,
    #[prop_or("text")]
    pub kind: &'static str,
    #[prop_or_default]
    pub prefix: Option<&'static str>,
    #[prop_or_default]
    pub suffix: Option<&'static str>,
    #[prop_or_default]
    pub autocomplete: Option<&'static str>,
    #[prop_or("sw-input")]
    pub class: &'static str,
    pub on_set: OnSet,
    /// Called with the input name when the user leaves the field (its errors show from then on).
    #[prop_or_default]
    pub on_leave: Callback<&'static str>,
}

#[function_component]
pub fn TextField(p: &TextProps) -> Html {
    let id = field_id(p.name);
    let name = p.name;
    let oninput = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_set.emit((name, input.value()));
        })
    };
    let onblur = {
        let on_leave = p.on_leave.clone();
        Callback::from(move |_: FocusEvent| on_leave.emit(name))
    };
    let invalid = p.error.is_some();
    html! {
        <div class={classes!("sw-field", invalid.then_some("sw-field--error"))}>
            <label class="sw-label" for={id.clone()}>{ p.label.clone() }</label>
            if let Some(hint) = p.hint.clone() {
                <p class="sw-hint" id={format!("{id}-hint")}>{ hint }</p>
            }
            <ErrorText id={id.clone()} error={p.error.clone()} prefix={p.error_prefix} />
            <div class="sw-input-wrap">
                if let Some(prefix) = p.prefix { <span class="sw-affix" aria-hidden="true">{ prefix }</span> }
                <input
                    class={p.class}
                    id={id.clone()}
                    name={p.name}
                    type={p.kind}
                    inputmode={p.inputmode}
                    autocomplete={p.autocomplete.unwrap_or("off")}
                    value={p.value.clone()}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={described_by(&id, p.hint.is_some(), invalid)}
                    {oninput}
                    {onblur}
                />
                if let Some(suffix) = p.suffix { <span class="sw-affix" aria-hidden="true">{ suffix }</span> }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub name: &'static str,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, label)
    pub options: Vec<(&'static str, &'static str)>,
    pub value: AttrValue,
    pub on_set: OnSet,
}

/// A radio group in a fieldset: yes / no / don't know.
#[function_component]
pub fn Choice(p: &ChoiceProps) -> Html {
    let id = field_id(p.name);
    html! {
        <fieldset class="sw-field sw-choice" aria-describedby={p.hint.as_ref().map(|_| format!("{id}-hint"))}>
            <legend class="sw-label">{ p.legend.clone() }</legend>
            if let Some(hint) = p.hint.clone() {
                <p class="sw-hint" id={format!("{id}-hint")}>{ hint }</p>
            }
            <div class="sw-options">
                { for p.options.iter().map(|(value, label)| {
                    let option_id = format!("{id}-{value}");
                    let name = p.name;
                    let value_owned = value.to_string();
                    let on_set = p.on_set.clone();
                    let onchange = Callback::from(move |_: Event| on_set.emit((name, value_owned.clone())));
                    html! {
                        <div class="sw-option">
                            <input type="radio" class="sw-radio" id={option_id.clone()} name={p.name}
                                value={*value} checked={p.value == *value} {onchange} />
                            <label for={option_id}>{ *label }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub name: &'static str,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub placeholder: &'static str,
    pub options: Vec<(&'static str, &'static str)>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub error_prefix: &'static str,
    pub on_set: OnSet,
}

#[function_component]
pub fn Select(p: &SelectProps) -> Html {
    let id = field_id(p.name);
    let name = p.name;
    let onchange = {
        let on_set = p.on_set.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_set.emit((name, select.value()));
        })
    };
    let invalid = p.error.is_some();
    html! {
        <div class={classes!("sw-field", invalid.then_some("sw-field--error"))}>
            <label class="sw-label" for={id.clone()}>{ p.label.clone() }</label>
            if let Some(hint) = p.hint.clone() {
                <p class="sw-hint" id={format!("{id}-hint")}>{ hint }</p>
            }
            <ErrorText id={id.clone()} error={p.error.clone()} prefix={p.error_prefix} />
            <select class="sw-select" id={id.clone()} name={p.name} {onchange}
                aria-invalid={if invalid { "true" } else { "false" }}
                aria-describedby={described_by(&id, p.hint.is_some(), invalid)}>
                <option value="" selected={p.value.is_empty()}>{ p.placeholder }</option>
                { for p.options.iter().map(|(value, label)| html! {
                    <option value={*value} selected={p.value == *value}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}
