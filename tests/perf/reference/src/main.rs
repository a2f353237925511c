//! One input, one output: what Yew itself costs to download and to answer a keystroke.
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let value = use_state(String::new);
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| value.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let doubled = value.trim().replace(',', ".").parse::<f64>().map(|x| x * 2.0).ok();
    html! {
        <main>
            <label for="value">{ "Getal" }</label>
            <input id="value" name="value" value={(*value).clone()} {oninput} />
            <output data-result="value" data-status={if doubled.is_some() { "eligible" } else { "needs_info" }}>
                { doubled.map(|x| x.to_string()).unwrap_or_else(|| "—".to_string()) }
            </output>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
