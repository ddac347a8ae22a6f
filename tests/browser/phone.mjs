// Phones in headless Chromium: each opens the room's address (key and code after '#') on a
// phone-sized touch screen, joins, drags each actor's dot with touch events, says "don't
// know" for the last actor, and sends. Prints one JSON line per phone for tests/room/browser.rs.
//
// node phone.mjs URL PHONES [SCREENSHOT_FOLDER]
import { chromium } from "playwright-core";

const [url, phones = "2", shots] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const deadline = setTimeout(() => {
  console.error("the browser test took longer than 60 seconds");
  process.exit(2);
}, 60_000);

// Where phone p drags actor i: phone 0 to the top right, phone 1 to the bottom left, ...
const targets = [
  [0.9, 0.1],
  [0.1, 0.9],
  [0.8, 0.3],
  [0.3, 0.7],
];

async function drag(page, cdp, square, to) {
  const box = await square.boundingBox();
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const end = { x: box.x + box.width * to[0], y: box.y + box.height * to[1] };
  const point = (p) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from) });
  const steps = 8;
  for (let s = 1; s <= steps; s++) {
    const p = { x: from.x + ((end.x - from.x) * s) / steps, y: from.y + ((end.y - from.y) * s) / steps };
    // A finger takes its time: touches sent a few milliseconds apart leave
    // Chromium's gesture detector expecting more, and it then swallows the next tap.
    await page.waitForTimeout(50);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(p) });
  }
  await page.waitForTimeout(50);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const outside = [];
try {
  for (let p = 0; p < Number(phones); p++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    // The page must load nothing from anywhere but the room.
    const origin = new URL(url).origin;
    context.on("request", (r) => {
      if (!r.url().startsWith(origin)) outside.push(r.url());
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(url);
    await page.locator("#join").waitFor({ state: "visible", timeout: 10_000 });
    const addressAfterLoad = page.url();
    await page.locator("#nick").fill("phone " + (p + 1));
    await page.locator("#join button").tap();
    await page.locator("#place").waitFor({ state: "visible", timeout: 10_000 });
    const cdp = await context.newCDPSession(page);
    const squares = page.locator(".square");
    const count = await squares.count();
    for (let i = 0; i < count - 1; i++) {
      const square = squares.nth(i);
      await square.scrollIntoViewIfNeeded();
      await drag(page, cdp, square, targets[(p + i) % targets.length]);
    }
    const dontKnow = page.locator(".actor").nth(count - 1).locator(".dk input");
    await dontKnow.scrollIntoViewIfNeeded();
    await dontKnow.tap();
    const dontKnowChecked = await dontKnow.isChecked();
    const labels = await squares.evaluateAll((all) => all.map((s) => s.getAttribute("aria-label")));
    await page.locator("#send").tap();
    await page.waitForFunction(
      () => document.getElementById("status").textContent.length > 0,
      null,
      { timeout: 10_000 }
    );
    const status = await page.locator("#status").textContent();
    const statusIsError = await page.locator("#status").evaluate((s) => s.className === "error");
    if (shots) await page.screenshot({ path: `${shots}/phone-${p + 1}.png`, fullPage: false });
    console.log(
      JSON.stringify({
        phone: p + 1,
        actors: count,
        labels,
        status,
        statusIsError,
        dontKnowChecked,
        progress: await page.locator("#progress").textContent(),
        lang: await page.evaluate(() => document.documentElement.lang),
        addressAfterLoad,
        errors,
      })
    );
    await context.close();
  }
  console.log(JSON.stringify({ outside }));
} finally {
  await browser.close();
  clearTimeout(deadline);
}
