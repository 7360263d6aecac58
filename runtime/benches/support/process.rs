//! What a benchmark process reads of itself from `/proc` (Linux): its CPU time and its peak
//! resident memory.

use std::time::Duration;

/// User plus system time of every thread of this process so far.
pub(crate) fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat (Linux)");
    // The command name, in parentheses, may hold spaces: count fields after its `)`, where
    // field 3 (the state) comes first, so utime and stime (fields 14 and 15) are 11 and 12.
    let fields: Vec<&str> = stat[stat.rfind(')').expect("a command name") + 2..].split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
    // In clock ticks of USER_HZ, 100 per second on Linux.
    Duration::from_millis(ticks * 10)
}

/// The most resident memory this process has held (`VmHWM`, as `getrusage`'s `ru_maxrss`).
pub(crate) fn peak_rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).expect("a VmHWM line");
    line.trim().trim_end_matches("kB").trim().parse::<u64>().expect("kB") * 1024
}
