//! The address a shared link carries: this page's address without its query
//! (the app never uses one, and a crafted one could break out of a Markdown
//! link), every character a Markdown link or a chat app could read as syntax
//! percent-encoded, then the fragment. In the offline file, whose own
//! address opens only on this computer, links point at the hosted app's
//! public address, which the file carries in a `<meta>`.

/// The `<meta name=…>` that carries the hosted app's public address in the
/// offline file: set by the build (`DEVOPS_MATURITY_PUBLIC_URL`), or else
/// filled in with the address the file is downloaded from.
pub const PUBLIC_ADDRESS_META: &str = "devops-maturity-public-url";

/// The marker the build writes when no public address is set.
fn empty_meta() -> String {
    format!("<meta name=\"{PUBLIC_ADDRESS_META}\" content=\"\">")
}

/// Where a shared link points, and whether anyone else can open it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareAddress {
    pub url: String,
    /// The link names a file on this computer: no one else can open it.
    pub only_here: bool,
}

/// The link for `fragment` from the page at `href`. A page opened from a
/// file links to `public` (the offline file's public address) when it has a
/// valid one; otherwise to itself, which only opens here.
pub fn share_address(href: &str, public: Option<&str>, fragment: &str) -> ShareAddress {
    let from_file = href
        .get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file:"));
    match (from_file, public.and_then(public_address)) {
        (false, _) => ShareAddress {
            url: shareable(href, fragment),
            only_here: false,
        },
        (true, Some(public)) => ShareAddress {
            url: shareable(&public, fragment),
            only_here: false,
        },
        (true, None) => ShareAddress {
            url: shareable(href, fragment),
            only_here: true,
        },
    }
}

/// An address others can open: http(s), one token of visible characters,
/// nothing that could close an HTML attribute; its fragment and query are
/// dropped. None for anything else.
pub fn public_address(text: &str) -> Option<String> {
    let text = text.trim();
    let base = text.split(['#', '?']).next().unwrap_or_default();
    let scheme_ok = ["https://", "http://"].iter().any(|scheme| {
        base.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    let host = base.split_once("://").map_or("", |(_, rest)| rest);
    let clean = base
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '`'));
    (scheme_ok && clean && !host.is_empty() && !host.starts_with('/')).then(|| base.to_string())
}

/// The offline file as downloaded from the page at `page_href`: an empty
/// public address filled in with that page's address; a build's own setting
/// kept as it is. None when the page has no public address (a file, a
/// malformed address) or the file carries no marker: it is then offered
/// as it is.
pub fn stamp_offline_file(html: &str, page_href: &str) -> Option<String> {
    let marker = empty_meta();
    if !html.contains(&marker) {
        return html
            .contains(&format!("<meta name=\"{PUBLIC_ADDRESS_META}\" content=\""))
            .then(|| html.to_string());
    }
    let address = public_address(page_href)?.replace('&', "&amp;");
    let filled = format!("<meta name=\"{PUBLIC_ADDRESS_META}\" content=\"{address}\">");
    Some(html.replacen(&marker, &filled, 1))
}

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

    #[test]
    fn the_offline_file_links_to_its_public_address_or_says_it_cannot() {
        let file = "file:///home/me/Downloads/devops-maturity-offline.html#/results";
        let hosted = "https://tools.example/maturity/";
        assert_eq!(
            share_address(file, Some(hosted), "r=X"),
            ShareAddress {
                url: "https://tools.example/maturity/#r=X".into(),
                only_here: false
            }
        );
        for missing in [
            None,
            Some(""),
            Some("javascript:alert(1)"),
            Some("https://"),
            Some("ftp://x"),
        ] {
            assert_eq!(
                share_address(file, missing, "r=X"),
                ShareAddress {
                    url: "file:///home/me/Downloads/devops-maturity-offline.html#r=X".into(),
                    only_here: true
                },
                "{missing:?}"
            );
        }
        // A hosted page links to itself, whatever a meta says.
        assert_eq!(
            share_address(
                "https://a.example/x/#/results",
                Some("https://b.example/"),
                "r=X"
            )
            .url,
            "https://a.example/x/#r=X"
        );
        assert_eq!(
            share_address(
                "FILE:///C:/x.html",
                Some("HTTPS://b.example/m/?q=1#r=Y"),
                "r=X"
            )
            .url,
            "HTTPS://b.example/m/#r=X"
        );
    }

    #[test]
    fn the_downloaded_file_carries_the_address_it_came_from() {
        let html = format!("<head>{}</head>", empty_meta());
        let stamped =
            stamp_offline_file(&html, "https://me.github.io/dm/index.html?a=b&c#/team").unwrap();
        assert_eq!(
            stamped,
            "<head><meta name=\"devops-maturity-public-url\" content=\"https://me.github.io/dm/index.html\"></head>"
        );
        // A build's own setting stays; a page that has no public address
        // or a file without the marker gets nothing.
        assert_eq!(
            stamp_offline_file(&stamped, "https://other.example/").as_deref(),
            Some(stamped.as_str())
        );
        assert_eq!(stamp_offline_file(&html, "file:///x.html"), None);
        assert_eq!(
            stamp_offline_file(&html, "https://x.example/\"><script>"),
            None
        );
        assert_eq!(
            stamp_offline_file("<head></head>", "https://x.example/"),
            None
        );
    }
}
