/*
 * Quoteline's embed script, for pages that show Quoteline in an iframe (the Embed dialog writes both).
 * It fits each Quoteline frame on the page to the height of what it shows, as the frame reports it, and
 * does nothing else: it reads no page content, stores nothing and requests nothing.
 *
 * A frame is one of ours when it carries the `data-quoteline-embed` attribute. A height is taken only:
 * - from that frame's own window (the message's source), never from a sibling frame or another window;
 * - from the origin its `src` names — or, only for a frame this page itself sandboxed without
 *   `allow-same-origin`, from the `"null"` origin every such frame has (that origin proves nothing, so
 *   the source window is the whole check, and all it can buy is a height within bounds);
 * - in the `iframe.resize` shape: `{context: "iframe.resize", height: <number>}`.
 * When it starts (it may load after a frame first spoke) it asks each frame to tell its height again.
 */
(function () {
  "use strict";
  if (window.quotelineEmbed) return;
  window.quotelineEmbed = { version: 1 };

  var SELECTOR = "iframe[data-quoteline-embed]";
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 50000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  function frameOf(source) {
    if (!source) return null;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === source) return all[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  // A frame sandboxed without allow-same-origin has an opaque origin: its messages say "null".
  function isOpaque(frame) {
    if (!frame.hasAttribute("sandbox")) return false;
    return !/(^|\s)allow-same-origin(\s|$)/i.test(frame.getAttribute("sandbox"));
  }

  function fromItsFrame(event, frame) {
    if (event.origin === "null") return isOpaque(frame);
    var expected = originOf(frame);
    return expected !== null && expected !== "null" && event.origin === expected;
  }

  window.addEventListener("message", function (event) {
    var frame = frameOf(event.source);
    if (!frame || !fromItsFrame(event, frame)) return;
    var data = event.data;
    if (!data || typeof data !== "object" || Array.isArray(data)) return;
    if (data.context !== "iframe.resize") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    frame.style.height = height + "px";
  });

  function askForHeight(frame) {
    if (!frame.contentWindow) return;
    // The request carries nothing; an opaque frame cannot be addressed by origin, so it goes to any.
    var target = isOpaque(frame) ? "*" : originOf(frame);
    if (!target || target === "null") return;
    frame.contentWindow.postMessage({ context: "iframe.resize", type: "measure" }, target);
  }

  function start() {
    frames().forEach(function (frame) {
      askForHeight(frame);
      frame.addEventListener("load", function () {
        askForHeight(frame);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
