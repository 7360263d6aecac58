//! Server-Sent Events as the official SDKs read them, from bytes in any chunking to events;
//! no I/O here, so every split of a stream can be tested.
//!
//! The rules (tencentcloud-sdk-python's `_process_response_sse`, tencentcloud-sdk-go's
//! `parseFromSSE`): lines end at `\n` (a `\r` before it is dropped); an empty line ends an
//! event; a line starting with `:` is a comment; otherwise the field name runs to the first
//! `:` and one space after the colon is dropped from the value; `data` lines are joined with
//! `\n`; `event`, `id` and `retry` are kept; other fields are ignored. A line with no colon
//! is a field with an empty value, as the SSE specification says.

/// One event as sent: its data not yet decoded.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct RawEvent {
    pub(crate) data: Vec<u8>,
    pub(crate) name: Option<String>,
    pub(crate) id: Option<String>,
    pub(crate) retry: Option<u64>,
}

impl RawEvent {
    fn is_empty(&self) -> bool {
        self.data.is_empty() && self.name.is_none() && self.id.is_none() && self.retry.is_none()
    }
}

/// Why the reader stopped: the stream cannot be read past either.
#[derive(Debug, PartialEq)]
pub(crate) enum Broken {
    /// An event (or one line of it) grew over the cap.
    TooLarge(usize),
    /// The stream ended inside an event: bytes after the last empty line.
    Unfinished,
}

/// Splits a stream into events, holding only the unfinished line and the event being read.
#[derive(Debug)]
pub(crate) struct Reader {
    /// Bytes received; `buf[..start]` are read already, `buf[start..start + scanned]` hold
    /// no `\n`.
    buf: Vec<u8>,
    start: usize,
    scanned: usize,
    event: RawEvent,
    /// Whether a `data` line of the current event was read, even an empty one.
    has_data: bool,
    /// Whether a field of the current event was read: the stream may not end here.
    started: bool,
    cap: usize,
}

impl Reader {
    /// A reader refusing any event whose data and unfinished line exceed `cap` bytes.
    pub(crate) fn new(cap: usize) -> Reader {
        Reader {
            buf: Vec::new(),
            start: 0,
            scanned: 0,
            event: RawEvent::default(),
            has_data: false,
            started: false,
            cap,
        }
    }

    /// Adds bytes as they came from the connection.
    pub(crate) fn feed(&mut self, bytes: &[u8]) {
        // What was read is dropped before the buffer grows, so it holds the unfinished line
        // and one chunk at most, and each byte moves once at most.
        if self.start > 0 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete event in what was fed, `None` until one is complete.
    pub(crate) fn next_event(&mut self) -> Option<Result<RawEvent, Broken>> {
        loop {
            let from = self.start + self.scanned;
            let Some(at) = self.buf[from..].iter().position(|&b| b == b'\n') else {
                self.scanned = self.buf.len() - self.start;
                if self.event.data.len() + self.scanned > self.cap {
                    return Some(Err(Broken::TooLarge(self.cap)));
                }
                return None;
            };
            let line = &self.buf[self.start..from + at];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let empty = line.is_empty();
            let line_is_comment = line.first() == Some(&b':');
            if !empty {
                read_line(line, &mut self.event, &mut self.has_data);
            }
            self.start = from + at + 1;
            self.scanned = 0;
            if empty {
                let event = std::mem::take(&mut self.event);
                let dispatch = self.has_data || !event.is_empty();
                (self.has_data, self.started) = (false, false);
                if dispatch {
                    return Some(Ok(event));
                }
                continue;
            }
            // A comment alone does not start an event: a stream may end after a keep-alive.
            self.started |= !line_is_comment;
            if self.event.data.len() > self.cap {
                return Some(Err(Broken::TooLarge(self.cap)));
            }
        }
    }

    /// At the end of the stream: an error when it ended inside an event.
    pub(crate) fn finish(&self) -> Result<(), Broken> {
        if self.started || self.start < self.buf.len() { Err(Broken::Unfinished) } else { Ok(()) }
    }
}

/// Reads one non-empty line into `event`.
fn read_line(line: &[u8], event: &mut RawEvent, has_data: &mut bool) {
    if line[0] == b':' {
        return;
    }
    let (name, value) = match line.iter().position(|&b| b == b':') {
        Some(colon) => (&line[..colon], &line[colon + 1..]),
        None => (line, &[][..]),
    };
    let value = value.strip_prefix(b" ").unwrap_or(value);
    match name {
        b"data" => {
            if *has_data {
                event.data.push(b'\n');
            }
            event.data.extend_from_slice(value);
            *has_data = true;
        }
        b"event" => event.name = Some(String::from_utf8_lossy(value).into_owned()),
        b"id" => event.id = Some(String::from_utf8_lossy(value).into_owned()),
        // An invalid value is ignored, as the SSE specification says.
        b"retry" => event.retry = std::str::from_utf8(value).ok().and_then(|v| v.parse().ok()).or(event.retry),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(chunks: &[&[u8]], cap: usize) -> (Vec<RawEvent>, Option<Broken>) {
        let mut reader = Reader::new(cap);
        let mut out = Vec::new();
        for chunk in chunks {
            reader.feed(chunk);
            while let Some(event) = reader.next_event() {
                match event {
                    Ok(event) => out.push(event),
                    Err(broken) => return (out, Some(broken)),
                }
            }
        }
        (out, reader.finish().err())
    }

    fn data(event: &RawEvent) -> &str {
        std::str::from_utf8(&event.data).unwrap()
    }

    const STREAM: &[u8] = b": keep-alive\n\
        event: delta\nid: 1\ndata: {\"A\":1}\n\n\
        data:line one\r\ndata:  two spaces\ndata\n: comment inside\nretry: 3000\n\n\
        \n\n\
        id: 3\nfoo: ignored\ndata: {\"A\":3}\n\n";

    #[test]
    fn fields_comments_and_multi_line_data_read_as_the_official_sdks_do() {
        let (got, broken) = events(&[STREAM], 1024);
        assert_eq!(broken, None);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            (data(&got[0]), got[0].name.as_deref(), got[0].id.as_deref()),
            ("{\"A\":1}", Some("delta"), Some("1"))
        );
        assert_eq!(data(&got[1]), "line one\n two spaces\n");
        assert_eq!((got[1].retry, got[1].name.as_deref()), (Some(3000), None));
        assert_eq!((data(&got[2]), got[2].id.as_deref()), ("{\"A\":3}", Some("3")));
    }

    #[test]
    fn every_split_of_the_stream_gives_the_same_events() {
        let (whole, _) = events(&[STREAM], 1024);
        for at in 0..=STREAM.len() {
            let (split, broken) = events(&[&STREAM[..at], &STREAM[at..]], 1024);
            assert_eq!((&split, broken), (&whole, None), "split at {at}");
        }
        let bytes: Vec<&[u8]> = STREAM.chunks(1).collect();
        assert_eq!(events(&bytes, 1024).0, whole);
    }

    #[test]
    fn an_empty_first_data_line_still_joins() {
        let (got, _) = events(&[b"data:\ndata: x\n\n"], 64);
        assert_eq!(data(&got[0]), "\nx");
    }

    #[test]
    fn a_stream_ending_inside_an_event_is_unfinished() {
        assert_eq!(events(&[b"data: 1\n\ndata: 2\n"], 64).1, Some(Broken::Unfinished));
        assert_eq!(events(&[b"data: 1\n\ndata: 2"], 64).1, Some(Broken::Unfinished));
        assert_eq!(events(&[b"data: 1\n\n: keep-alive\n"], 64).1, None);
        assert_eq!(events(&[b"data: 1\n\n: keep-alive\nid: 2\n"], 64).1, Some(Broken::Unfinished));
        assert_eq!(
            events(&[b"data: 1\n\n"], 64),
            (vec![RawEvent { data: b"1".to_vec(), ..RawEvent::default() }], None)
        );
    }

    #[test]
    fn an_event_over_the_cap_is_refused_whether_its_lines_end_or_not() {
        let big = format!("data: {}\n", "x".repeat(100));
        assert_eq!(events(&[big.as_bytes()], 64).1, Some(Broken::TooLarge(64)));
        assert_eq!(events(&[&big.as_bytes()[..90]], 64).1, Some(Broken::TooLarge(64)));
        let many = "data: 0123456789\n".repeat(10);
        assert_eq!(events(&[many.as_bytes()], 64).1, Some(Broken::TooLarge(64)));
        assert_eq!(events(&[many.as_bytes(), b"\n"], 1024).0.len(), 1);
    }

    #[test]
    fn memory_holds_only_the_unfinished_line() {
        let mut reader = Reader::new(1 << 20);
        for _ in 0..10_000 {
            reader.feed(b"data: {\"A\":1}\n\ndata: {\"A\"");
            assert!(reader.next_event().is_some());
            reader.feed(b":2}\n\n");
            assert!(reader.next_event().is_some());
            assert!(reader.next_event().is_none());
        }
        assert!(reader.buf.capacity() < 1024, "{}", reader.buf.capacity());
    }
}
