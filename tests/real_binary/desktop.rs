//! A virtual X display (Xvfb) with its own session bus, home and settings folders, and the
//! release binary running in it.
//!
//! Every wait is bounded; every process started here is stopped when its value is dropped. A
//! missing tool fails the test with the package to install: these tests never skip.

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the app may take to show its window (software OpenGL, cold caches, a busy CI).
pub const START_TIMEOUT: Duration = Duration::from_secs(90);

/// How long one helper command (xdotool, xclip, the AT-SPI script) may run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// The screen of the virtual display; the app's window (1400 x 860) fits inside.
const SCREEN: &str = "1600x1000x24";

/// Debian packages that hold the tools these tests run (`.ci/run` installs them, and the
/// libraries the app's window needs).
pub const PACKAGES: &str =
    "xvfb xdotool xclip dbus at-spi2-core python3-gi gir1.2-atspi-2.0 imagemagick zbar-tools";

/// Fail now, with what to install, if `tool` is not on the PATH.
pub fn require(tool: &str) {
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()));
    assert!(
        found,
        "{tool} is missing; the real-binary tests need: apt-get install -y {PACKAGES}"
    );
}

/// A virtual display and a session bus, with a fresh home and XDG folders.
pub struct Desktop {
    home: tempfile::TempDir,
    display: String,
    bus_address: String,
    xvfb: Child,
    /// The bus daemon leads its own process group, which also holds what the bus starts on
    /// demand (the accessibility bus and its registry), so all of them stop together.
    bus: Child,
}

impl Desktop {
    /// Start Xvfb on a free display and a private session bus.
    pub fn start() -> Self {
        for tool in ["Xvfb", "dbus-daemon", "xdotool"] {
            require(tool);
        }
        let home = tempfile::tempdir().expect("a temporary home");
        for dir in ["config", "data", "cache", "state", "run"] {
            std::fs::create_dir_all(home.path().join(dir)).expect("an XDG folder");
        }
        std::fs::set_permissions(
            home.path().join("run"),
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .expect("a private runtime folder");

        // `-displayfd 1`: Xvfb picks a free display and writes its number once it is ready.
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-noreset"])
            .args(["-screen", "0", SCREEN])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let number = first_line(xvfb.stdout.take(), Duration::from_secs(20));
        let Some(number) = number.filter(|n| n.parse::<u32>().is_ok()) else {
            stop(&mut xvfb);
            panic!("Xvfb did not report a display within 20 s");
        };
        let display = format!(":{number}");

        let socket = home.path().join("run").join("bus");
        let bus_address = format!("unix:path={}", socket.display());
        let mut bus = Command::new("dbus-daemon");
        let mut bus = isolate(&mut bus, home.path(), &display, &bus_address)
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .arg(format!("--address={bus_address}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("dbus-daemon starts");
        if first_line(bus.stdout.take(), Duration::from_secs(20)).is_none() {
            stop(&mut bus);
            stop(&mut xvfb);
            panic!("the session bus did not start within 20 s");
        }
        Self {
            home,
            display,
            bus_address,
            xvfb,
            bus,
        }
    }

    /// The fresh home folder; nothing else of the machine's settings is seen.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// A command that runs inside this desktop: its display, bus, home and XDG folders.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        isolate(&mut command, self.home(), &self.display, &self.bus_address);
        command
    }

    /// Run a helper command to its end (at most 30 s) and return what it printed.
    pub fn run(&self, program: &str, args: &[&str]) -> Output {
        let mut command = self.command(program);
        command.args(args);
        run_bounded(&mut command, COMMAND_TIMEOUT, &self.home().join("out"))
    }

    /// Run a helper command that must succeed; its standard output.
    pub fn run_ok(&self, program: &str, args: &[&str]) -> String {
        let output = self.run(program, args);
        assert!(
            output.status.success(),
            "{program} {args:?} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Start the release binary on `file`, with `POWERMAP_NO_DIALOGS=1`, and wait until its
    /// window is on screen and has the keyboard.
    pub fn launch(&self, file: &Path) -> App {
        let log_path = self.home().join("powermap.log");
        let log = File::create(&log_path).expect("the app's log file");
        let child = self
            .command(env!("CARGO_BIN_EXE_powermap"))
            .arg(file)
            .env("POWERMAP_NO_DIALOGS", "1")
            .stdout(log.try_clone().expect("the app's log file"))
            .stderr(log)
            .spawn()
            .expect("the powermap binary starts");
        let app = App {
            child: RefCell::new(child),
            log: log_path,
        };
        let pid = app.child.borrow().id().to_string();
        let window = wait_for(START_TIMEOUT, || {
            if let Some(status) = app.exit_status() {
                panic!(
                    "powermap exited ({status}) before showing a window:\n{}",
                    app.log()
                );
            }
            let found = self.run("xdotool", &["search", "--onlyvisible", "--pid", &pid]);
            String::from_utf8_lossy(&found.stdout)
                .lines()
                .last()
                .map(str::to_owned)
                .ok_or_else(|| format!("no window yet; the app said:\n{}", app.log()))
        });
        self.run_ok("xdotool", &["windowfocus", "--sync", &window]);
        app
    }

    /// Press keys in the focused window (xdotool names: "ctrl+v", "Return"). They queue up
    /// until the app reads them: a test waits for their effect, not for a time.
    pub fn keys(&self, app: &App, keys: &[&str]) {
        for key in keys {
            app.assert_running();
            self.run_ok("xdotool", &["key", "--clearmodifiers", key]);
        }
    }

    /// Click at a point of the screen, as a person does with the mouse.
    pub fn click_at(&self, app: &App, (x, y): (i32, i32)) {
        app.assert_running();
        let (x, y) = (x.to_string(), y.to_string());
        self.run_ok("xdotool", &["mousemove", "--sync", &x, &y, "click", "1"]);
    }

    /// Type text into the focused window.
    pub fn type_text(&self, app: &App, text: &str) {
        app.assert_running();
        self.run_ok("xdotool", &["type", "--delay", "30", text]);
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        // The whole group: the bus and everything it started for the accessibility bus.
        let group = format!("-{}", self.bus.id());
        let _ = Command::new("kill")
            .args(["-TERM", "--", &group])
            .stderr(Stdio::null())
            .status();
        stop(&mut self.bus);
        stop(&mut self.xvfb);
    }
}

/// The running app; killed when dropped.
pub struct App {
    /// In a cell: asking whether it exited reaps it, which needs `&mut`.
    child: RefCell<Child>,
    log: PathBuf,
}

impl App {
    /// What the app printed so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// How the app ended, if it has.
    fn exit_status(&self) -> Option<ExitStatus> {
        self.child.borrow_mut().try_wait().ok().flatten()
    }

    /// Fail the test if the app has exited.
    pub fn assert_running(&self) {
        if let Some(status) = self.exit_status() {
            panic!("powermap exited early ({status}):\n{}", self.log());
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        stop(self.child.get_mut());
    }
}

/// Ask `probe` again every 200 ms until it succeeds; fail with its last answer after `limit`.
pub fn wait_for<T>(limit: Duration, mut probe: impl FnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + limit;
    loop {
        match probe() {
            Ok(value) => return value,
            Err(last) if Instant::now() >= deadline => {
                panic!("gave up after {} s: {last}", limit.as_secs());
            }
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

/// Run `command` with its output in files (no pipe to fill up), killed after `limit`.
pub fn run_bounded(command: &mut Command, limit: Duration, scratch: &Path) -> Output {
    std::fs::create_dir_all(scratch).expect("a scratch folder");
    let out = tempfile::NamedTempFile::new_in(scratch).expect("an output file");
    let err = tempfile::NamedTempFile::new_in(scratch).expect("an error file");
    let mut child = command
        .stdout(out.reopen().expect("the output file"))
        .stderr(err.reopen().expect("the error file"))
        .spawn()
        .unwrap_or_else(|e| panic!("{command:?} does not start: {e}"));
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the child's status") {
            break status;
        }
        if Instant::now() >= deadline {
            stop(&mut child);
            panic!("{command:?} still running after {} s", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: std::fs::read(out.path()).unwrap_or_default(),
        stderr: std::fs::read(err.path()).unwrap_or_default(),
    }
}

/// Stop a child and reap it.
fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// The first line `stdout` prints, or `None` if it closes or says nothing within `limit`.
fn first_line(stdout: Option<ChildStdout>, limit: Duration) -> Option<String> {
    let stdout = stdout?;
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line);
        let _ = send.send(read.ok().filter(|&n| n > 0).map(|_| line.trim().to_owned()));
    });
    receive.recv_timeout(limit).ok().flatten()
}

/// Put `command` inside a desktop: its display, bus, home and XDG folders, and nothing that
/// would lead it to the machine's own session (Wayland, the accessibility bus).
fn isolate<'a>(command: &'a mut Command, home: &Path, display: &str, bus: &str) -> &'a mut Command {
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env("DISPLAY", display)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("AT_SPI_BUS_ADDRESS")
        .stdin(Stdio::null())
}
