//! The one module that touches IndexedDB: the organisation view keeps its
//! last roll-up there, since hundreds of teams can exceed local storage's
//! quota. One database, one store, one key; every failure is returned for
//! the page to say.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "devops-maturity";
const STORE: &str = "organisation";
const LAST: &str = "last";
/// Where a kept value that could not be read is moved, so nothing is lost.
const UNREADABLE: &str = "unreadable";

fn reason(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".into())
}

/// Waits for a request's success (its result) or its error.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(reason),
        Err(_) => Err(request
            .error()
            .ok()
            .flatten()
            .map_or("the browser refused".into(), |e| e.message())),
    }
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = window()
        .indexed_db()
        .map_err(reason)?
        .ok_or("this browser keeps no databases here (private mode?)")?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(reason)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result() {
                let _ = db
                    .unchecked_into::<IdbDatabase>()
                    .create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    Ok(result?.unchecked_into())
}

/// Runs one request on the store and waits until its transaction is done,
/// so a write has really happened when this returns.
async fn run(
    mode: IdbTransactionMode,
    request: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(reason)?;
    let store = tx.object_store(STORE).map_err(reason)?;
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    let request = request(&store).map_err(reason)?;
    let value = finished(&request).await;
    let completed = JsFuture::from(done).await;
    db.close();
    let value = value?;
    completed.map_err(|_| {
        tx.error()
            .map_or("the browser did not finish writing".into(), |e| e.message())
    })?;
    Ok(value)
}

/// The kept roll-up's text, None when nothing is kept.
pub async fn load() -> Result<Option<String>, String> {
    let value = run(IdbTransactionMode::Readonly, |s| s.get(&LAST.into())).await?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| "the kept organisation is not text".into())
}

/// Keeps the roll-up in place of the last one.
pub async fn save(text: &str) -> Result<(), String> {
    let text = JsValue::from_str(text);
    run(IdbTransactionMode::Readwrite, |s| {
        s.put_with_key(&text, &LAST.into())
    })
    .await
    .map(|_| ())
}

/// Moves a kept value this version cannot read aside, under its own key.
pub async fn keep_aside() -> Result<(), String> {
    let value = run(IdbTransactionMode::Readonly, |s| s.get(&LAST.into())).await?;
    run(IdbTransactionMode::Readwrite, |s| {
        s.put_with_key(&value, &UNREADABLE.into())
    })
    .await
    .map(|_| ())
}

/// Forgets the kept roll-up.
pub async fn forget() -> Result<(), String> {
    run(IdbTransactionMode::Readwrite, |s| s.delete(&LAST.into()))
        .await
        .map(|_| ())
}
