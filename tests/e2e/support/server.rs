//! A small static file server on loopback for the tests, able to serve the
//! site under a sub-path the way a real static host would.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    pub base_url: String,
    stop: Arc<AtomicBool>,
    port: u16,
    thread: Option<JoinHandle<()>>,
}

/// Holds back every `.wasm` response until released, the way a slow network
/// would, so a test can see the page as it is before the app starts.
#[derive(Clone, Default)]
pub struct WasmGate(Arc<(Mutex<bool>, Condvar)>, bool);

impl WasmGate {
    fn failing() -> WasmGate {
        WasmGate(Arc::default(), true)
    }

    pub fn release(&self) {
        let (open, changed) = &*self.0;
        *open.lock().unwrap() = true;
        changed.notify_all();
    }

    fn wait(&self) {
        let (open, changed) = &*self.0;
        let mut is_open = open.lock().unwrap();
        while !*is_open {
            is_open = changed.wait(is_open).unwrap();
        }
    }
}

impl StaticServer {
    /// Serves `root` at `http://127.0.0.1:<port><prefix>` (prefix like "/" or "/tools/maturity/").
    pub fn start(root: &Path, prefix: &str) -> StaticServer {
        Self::start_with(root, prefix, None)
    }

    /// As `start`, with the wasm held back until `gate` is released.
    pub fn start_holding_wasm(root: &Path, gate: WasmGate) -> StaticServer {
        Self::start_with(root, "/", Some(gate))
    }

    /// As `start`, answering every `.wasm` request with a server error.
    pub fn start_failing_wasm(root: &Path) -> StaticServer {
        Self::start_with(root, "/", Some(WasmGate::failing()))
    }

    fn start_with(root: &Path, prefix: &str, gate: Option<WasmGate>) -> StaticServer {
        assert!(prefix.starts_with('/') && prefix.ends_with('/'));
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let (root, prefix_owned, stop_flag) =
            (root.to_path_buf(), prefix.to_string(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let (root, prefix) = (root.clone(), prefix_owned.clone());
                    let gate = gate.clone();
                    std::thread::spawn(move || {
                        let _ = handle(stream, &root, &prefix, gate.as_ref());
                    });
                }
            }
        });
        StaticServer {
            base_url: format!("http://127.0.0.1:{port}{prefix}"),
            stop,
            port,
            thread: Some(thread),
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn handle(
    mut stream: TcpStream,
    root: &Path,
    prefix: &str,
    gate: Option<&WasmGate>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; requests from the browser have no body we need.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if let (Some(gate), true) = (gate, path.ends_with(".wasm")) {
        if gate.1 {
            let body = b"server error";
            let head = format!(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(body)?;
            return stream.flush();
        }
        gate.wait();
    }
    let (status, content_type, body) = match resolve(root, prefix, path) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => ("200 OK", content_type(&file), body),
            Err(_) => ("404 Not Found", "text/plain", b"not found".to_vec()),
        },
        None => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

fn resolve(root: &Path, prefix: &str, path: &str) -> Option<PathBuf> {
    let relative = path.strip_prefix(prefix).or_else(|| {
        // "/sub" without the trailing slash behaves like "/sub/".
        (path == prefix.trim_end_matches('/')).then_some("")
    })?;
    let mut file = root.to_path_buf();
    for part in Path::new(relative).components() {
        match part {
            Component::Normal(part) => file.push(part),
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" | "webmanifest" => "application/json",
        _ => "application/octet-stream",
    }
}
