// The frame recorder of the timeline benchmark (scripts/bench-timeline.mjs), installed before any script of
// the page runs, in Quoteline's page and in the peer's alike: one recorder, so both are measured the same way.
//
// While a gesture runs it keeps:
//   - the interval between consecutive animation frames, from a requestAnimationFrame loop of its own (a
//     frame's callbacks share one timestamp, so the loop sees when each frame began, whoever's work made
//     it late);
//   - the page's own measure of the work of each frame it painted (a User Timing measure whose name the
//     benchmark gives: `quoteline:timeline-frame` in Quoteline, the peer page's measure of vis-timeline's
//     redraw);
//   - Long Animation Frames (PerformanceObserver type `long-animation-frame`), where Chromium has them.
(() => {
  const longFramesSupported = PerformanceObserver.supportedEntryTypes.includes("long-animation-frame");
  let recording = null;

  const measures = new PerformanceObserver((list) => keepMeasures(list.getEntries()));
  measures.observe({ type: "measure" });
  const keepMeasures = (entries) => {
    if (!recording) return;
    for (const entry of entries) {
      if (entry.name === recording.measure && entry.startTime >= recording.since) recording.work.push(entry.duration);
    }
  };

  const longFrames = longFramesSupported ? new PerformanceObserver((list) => keepLongFrames(list.getEntries())) : null;
  longFrames?.observe({ type: "long-animation-frame" });
  const keepLongFrames = (entries) => {
    if (!recording) return;
    for (const entry of entries) {
      if (entry.startTime >= recording.since) {
        recording.longFrames.push({ duration: entry.duration, blocking: entry.blockingDuration });
      }
    }
  };

  /** One loop per recording: a loop still waiting for its next frame when the recording stops ends there,
   *  even if another recording has started since (two loops would see one frame twice). */
  const loopFor = (mine) => {
    const loop = (now) => {
      if (recording !== mine) return;
      if (mine.lastFrame !== null) mine.intervals.push(now - mine.lastFrame);
      mine.lastFrame = now;
      requestAnimationFrame(loop);
    };
    return loop;
  };

  window.benchFrames = {
    longFramesSupported,
    /** Starts recording; `measure` names the page's per-frame work measure. */
    start(measure) {
      recording = { measure, since: performance.now(), lastFrame: null, intervals: [], work: [], longFrames: [] };
      requestAnimationFrame(loopFor(recording));
    },
    /** Resolves once the next frame has begun: the benchmark sends one input per frame, as a trackpad or
     *  a mouse at 60 Hz does, so that no two inputs are coalesced into one paint. Called after an input, its
     *  callback comes after the one the page asked for while handling that input, in the same frame. */
    nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => resolve())),
    /** Stops recording, after two more frames (the last input's paint included), and returns what it kept. */
    async stop() {
      await this.nextFrame();
      await this.nextFrame();
      keepMeasures(measures.takeRecords());
      if (longFrames) keepLongFrames(longFrames.takeRecords());
      const { intervals, work, longFrames: long } = recording;
      recording = null;
      return { intervals, work, longFrames: long };
    },
  };
})();
