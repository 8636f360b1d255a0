//! Named values kept in this site's IndexedDB database in this browser: where the reader's documents
//! are kept when they ask (tens of megabytes, which localStorage's few cannot hold). Every operation says
//! in words why the browser refused it; none ever throws past this module.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "quoteline";
const STORE: &str = "kept";
const VERSION: u32 = 1;

/// Why the browser would not read or keep a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreRefusal {
    /// The page may not use storage here: a sandboxed frame, storage blocked for embedded sites, or
    /// turned off.
    Unavailable,
    /// The site's share of the device's storage is used up.
    Full,
    /// Anything else the browser reported, by its name.
    Failed(String),
}

impl StoreRefusal {
    /// The refusal as the end of a sentence that starts "Not kept: ".
    pub fn reason(&self) -> String {
        match self {
            StoreRefusal::Unavailable => "this browser does not let the page keep anything here (a private window, an embedded frame, or storage turned off)".to_owned(),
            StoreRefusal::Full => "the browser's storage for this site is full: remove some documents, or free space on this device".to_owned(),
            StoreRefusal::Failed(name) => format!("the browser could not store them ({name})"),
        }
    }

    fn of_exception(exception: Option<web_sys::DomException>) -> StoreRefusal {
        match exception.map(|exception| exception.name()).as_deref() {
            Some("QuotaExceededError") => StoreRefusal::Full,
            // Chromium and Firefox name a context without storage so; older Firefox private windows said
            // InvalidStateError.
            Some("SecurityError" | "InvalidStateError" | "UnknownError") => {
                StoreRefusal::Unavailable
            }
            Some(name) => StoreRefusal::Failed(name.to_owned()),
            None => StoreRefusal::Failed("no reason given".to_owned()),
        }
    }
}

/// The value kept under `key`, if any. Never creates the database: a reader who keeps nothing leaves
/// nothing behind.
pub async fn read(key: &str) -> Result<Option<String>, StoreRefusal> {
    let Some(database) = open(Opening::IfItExists).await? else {
        return Ok(None);
    };
    let result = async {
        let transaction = database
            .transaction_with_str(STORE)
            .map_err(refusal_of_thrown)?;
        let request = transaction
            .object_store(STORE)
            .and_then(|store| store.get(&JsValue::from_str(key)))
            .map_err(refusal_of_thrown)?;
        request_done(&request).await?;
        Ok(request.result().ok().and_then(|value| value.as_string()))
    }
    .await;
    database.close();
    result
}

/// Keeps `value` under `key`, or forgets the key (`None`); done once the browser has committed it.
pub async fn write(key: &str, value: Option<&str>) -> Result<(), StoreRefusal> {
    let opening = if value.is_some() {
        Opening::Create
    } else {
        Opening::IfItExists
    };
    let Some(database) = open(opening).await? else {
        // Nothing was ever kept: there is nothing to forget.
        return Ok(());
    };
    let result = async {
        let transaction = database
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(refusal_of_thrown)?;
        let store = transaction.object_store(STORE).map_err(refusal_of_thrown)?;
        let key = JsValue::from_str(key);
        match value {
            Some(value) => store.put_with_key(&JsValue::from_str(value), &key),
            None => store.delete(&key),
        }
        .map_err(refusal_of_thrown)?;
        transaction_done(&transaction).await
    }
    .await;
    database.close();
    result
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Opening {
    Create,
    IfItExists,
}

/// The database, created if asked; `None` when it does not exist and was not to be created.
async fn open(opening: Opening) -> Result<Option<IdbDatabase>, StoreRefusal> {
    // `window.indexedDB` itself throws in some contexts without storage.
    let factory = gloo::utils::window()
        .indexed_db()
        .ok()
        .flatten()
        .ok_or(StoreRefusal::Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(refusal_of_thrown)?;
    let upgrading = request.clone();
    // Called only when the database is new (or older than VERSION): made ready, or the creation undone
    // when only reading, so that the open fails with AbortError and nothing is left on the device.
    let upgrade = Closure::<dyn FnMut()>::new(move || {
        if opening == Opening::Create {
            if let Ok(database) = upgrading.result() {
                let database: IdbDatabase = database.unchecked_into();
                if !database.object_store_names().contains(STORE) {
                    let _ = database.create_object_store(STORE);
                }
            }
        } else if let Some(transaction) = upgrading.transaction() {
            let _ = transaction.abort();
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = request_done(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    match opened {
        Ok(()) => Ok(request
            .result()
            .ok()
            .map(|database| database.unchecked_into::<IdbDatabase>())),
        Err(_) if opening == Opening::IfItExists && aborted(&request) => Ok(None),
        Err(refusal) => Err(refusal),
    }
}

fn aborted(request: &IdbOpenDbRequest) -> bool {
    request
        .error()
        .ok()
        .flatten()
        .is_some_and(|error| error.name() == "AbortError")
}

/// Waits for a request's success or error event.
async fn request_done(request: &IdbRequest) -> Result<(), StoreRefusal> {
    let settled = settled(|succeed, fail| {
        request.set_onsuccess(Some(succeed));
        request.set_onerror(Some(fail));
    })
    .await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    settled
        .map(drop)
        .map_err(|_| StoreRefusal::of_exception(request.error().ok().flatten()))
}

/// Waits for a transaction to commit, or to abort (a quota error arrives so).
async fn transaction_done(transaction: &IdbTransaction) -> Result<(), StoreRefusal> {
    let settled = settled(|succeed, fail| {
        transaction.set_oncomplete(Some(succeed));
        transaction.set_onabort(Some(fail));
        transaction.set_onerror(Some(fail));
    })
    .await;
    settled
        .map(drop)
        .map_err(|_| StoreRefusal::of_exception(transaction.error()))
}

/// A promise whose resolve and reject functions are handed to `arm` (as event handlers: no Rust closure
/// outlives the wait), awaited.
async fn settled(
    arm: impl FnOnce(&js_sys::Function, &js_sys::Function),
) -> Result<JsValue, JsValue> {
    let mut arm = Some(arm);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if let Some(arm) = arm.take() {
            arm(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// A synchronous throw from an IndexedDB call, as a refusal.
fn refusal_of_thrown(thrown: JsValue) -> StoreRefusal {
    StoreRefusal::of_exception(thrown.dyn_into::<web_sys::DomException>().ok())
}
