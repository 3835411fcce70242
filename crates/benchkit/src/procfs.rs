//! CPU time and resident memory of this process, read from Linux `/proc`.
//!
//! Every reader returns `None` where the file is missing or unreadable
//! (another OS, a restricted sandbox): callers print what they can and go
//! on. The parsers are public and take the file's text, so they are tested
//! on samples without a `/proc`.

/// Clock ticks per second of the `utime`/`stime` fields of `/proc/*/stat`
/// (`USER_HZ`, 100 on every Linux architecture gesta runs on).
pub const USER_HZ: f64 = 100.0;

/// CPU time (user + system) of the whole process so far, in seconds, from
/// `/proc/self/stat`: all threads, 10 ms resolution. `None` off Linux.
///
/// Use it where the measured work runs on several threads (a thread pool,
/// an in-process server and its client).
pub fn process_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    Some(parse_stat_ticks(&stat)? as f64 / USER_HZ)
}

/// CPU time of the calling thread so far, in seconds: the scheduler's run
/// time from `/proc/thread-self/schedstat` (nanosecond resolution), or,
/// where that file is missing, user + system ticks of
/// `/proc/thread-self/stat` (10 ms resolution). `None` off Linux.
///
/// Use it for single-threaded measurements: other processes' load on the
/// shared machine does not count in it.
pub fn thread_cpu_secs() -> Option<f64> {
    if let Some(ns) = std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .as_deref()
        .and_then(parse_schedstat_ns)
    {
        return Some(ns as f64 / 1e9);
    }
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    Some(parse_stat_ticks(&stat)? as f64 / USER_HZ)
}

/// Peak resident set size of this process (`VmHWM`) in kB. `None` off Linux.
pub fn peak_rss_kb() -> Option<u64> {
    status_kb("VmHWM")
}

/// Peak resident set size of this process (`VmHWM`) in MB (MiB: kB / 1024).
/// `None` off Linux.
pub fn peak_rss_mb() -> Option<f64> {
    peak_rss_kb().map(|kb| kb as f64 / 1024.0)
}

/// Current resident set size of this process (`VmRSS`) in kB. `None` off
/// Linux.
pub fn rss_kb() -> Option<u64> {
    status_kb("VmRSS")
}

/// Current resident set size of this process (`VmRSS`) in MB (MiB: kB /
/// 1024). `None` off Linux.
pub fn rss_mb() -> Option<f64> {
    rss_kb().map(|kb| kb as f64 / 1024.0)
}

fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_status_kb(&status, field)
}

/// The value in kB of `field` (e.g. `"VmHWM"`) in the text of a
/// `/proc/*/status` file, whose lines read `VmHWM:\t  123456 kB`.
pub fn parse_status_kb(status: &str, field: &str) -> Option<u64> {
    status.lines().find_map(|line| {
        let value = line.strip_prefix(field)?.strip_prefix(':')?;
        let mut words = value.split_whitespace();
        let n = words.next()?.parse().ok()?;
        match words.next() {
            Some("kB") | None => Some(n),
            Some(_) => None,
        }
    })
}

/// User + system clock ticks (`utime` + `stime`, fields 14 and 15) from the
/// text of a `/proc/*/stat` file. The command name (field 2) is in
/// parentheses and may hold spaces and parentheses itself, so fields are
/// counted from the last `)`.
pub fn parse_stat_ticks(stat: &str) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    // rest: " state ppid pgrp session tty tpgid flags minflt cminflt majflt
    //        cmajflt utime stime ..." (state is field 3)
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(utime + stime)
}

/// Nanoseconds on the CPU (the first field) from the text of a
/// `/proc/*/schedstat` file: `run_ns wait_ns timeslices`.
pub fn parse_schedstat_ns(schedstat: &str) -> Option<u64> {
    schedstat.split_whitespace().next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATUS: &str = "Name:\tstage_cost\nUmask:\t0022\nState:\tR (running)\n\
        VmPeak:\t  215388 kB\nVmSize:\t  215388 kB\nVmHWM:\t   53468 kB\n\
        VmRSS:\t   51220 kB\nRssAnon:\t   40960 kB\nThreads:\t1\n";

    #[test]
    fn status_fields_in_kb() {
        assert_eq!(parse_status_kb(STATUS, "VmHWM"), Some(53468));
        assert_eq!(parse_status_kb(STATUS, "VmRSS"), Some(51220));
        // a field name that only starts another field's name does not match
        assert_eq!(parse_status_kb(STATUS, "Vm"), None);
        assert_eq!(parse_status_kb(STATUS, "RssFile"), None);
        assert_eq!(parse_status_kb("VmHWM:\tlots kB\n", "VmHWM"), None);
        assert_eq!(parse_status_kb("VmHWM:\t12 MB\n", "VmHWM"), None);
    }

    #[test]
    fn stat_ticks_after_the_command_name() {
        // utime 1234, stime 56; the command name holds a space and a ')'
        let stat = "4242 (my prog) x) R 1 4242 4242 0 -1 4194304 1500 0 3 0 1234 56 0 0 20 0 1 0 99 215388 13367 18446744073709551615";
        assert_eq!(parse_stat_ticks(stat), Some(1290));
        assert_eq!(parse_stat_ticks("4242 (short) R 1 2"), None);
        assert_eq!(parse_stat_ticks("no parenthesis at all"), None);
    }

    #[test]
    fn schedstat_run_time() {
        assert_eq!(parse_schedstat_ns("776079 4332255 2\n"), Some(776_079));
        assert_eq!(parse_schedstat_ns(""), None);
        assert_eq!(parse_schedstat_ns("-5 1 1"), None);
    }

    #[test]
    fn live_readers_agree_with_the_machine() {
        if !std::path::Path::new("/proc/self/status").exists() {
            println!("skipping: no /proc");
            return;
        }
        // burn some CPU so both clocks move
        let before = thread_cpu_secs().unwrap_or(f64::NAN);
        let mut x = 0u64;
        for i in 0..20_000_000u64 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(i);
        }
        std::hint::black_box(x);
        let after = thread_cpu_secs().unwrap_or(f64::NAN);
        assert!(after > before, "thread CPU {before} -> {after}");
        let process = process_cpu_secs().unwrap_or(f64::NAN);
        assert!(process >= 0.0);
        // the current RSS first: the peak read after it cannot be lower
        let now = rss_kb().unwrap_or(0);
        let peak = peak_rss_kb().unwrap_or(0);
        assert!(peak >= now && now > 0, "peak {peak} kB, now {now} kB");
        assert!(peak_rss_mb().unwrap_or(0.0) >= peak as f64 / 1024.0);
    }
}
