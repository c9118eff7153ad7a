//! The address a shared link carries: this page's address without its query
//! (the app never uses one, and a crafted one could break out of a Markdown
//! link), every character a Markdown link or a chat app could read as syntax
//! percent-encoded, then the fragment.

/// `href` is the page's address as the browser gives it.
pub fn shareable(href: &str, fragment: &str) -> String {
    let base = href.split(['#', '?']).next().unwrap_or_default();
    let mut out = String::with_capacity(base.len() + fragment.len() + 1);
    for byte in base.bytes() {
        if byte.is_ascii_alphanumeric() || b"/:.-_~%@!$&'*+,;=".contains(&byte) && byte != b'\'' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    // `*` and `_` read as emphasis in some chats; encoded they do not.
    let out = out.replace('*', "%2A");
    format!("{out}#{fragment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crafted_query_cannot_break_out_of_a_markdown_link() {
        let href = "https://tool.example/maturity/?x=)**INJECTED**[Verify](https://evil.example/phish)(#/results";
        assert_eq!(
            shareable(href, "r=AQMA"),
            "https://tool.example/maturity/#r=AQMA"
        );
        let path = "https://tool.example/a (b)/[c]<d>*e*/index.html";
        let url = shareable(path, "r=X");
        assert_eq!(
            url,
            "https://tool.example/a%20%28b%29/%5Bc%5D%3Cd%3E%2Ae%2A/index.html#r=X"
        );
        assert!(!url.contains(['(', ')', '[', ']', '<', '>', ' ', '*']));
        assert_eq!(
            shareable("file:///home/me/devops-maturity-offline.html", "r=X"),
            "file:///home/me/devops-maturity-offline.html#r=X"
        );
    }
}
