/*
 * SOM widgets embed helper (optional): sizes <iframe data-som-embed> frames of /embed/<widget> to their
 * content, so they need no inner scrollbar. Without it a frame keeps its height attribute and scrolls.
 * Messages are checked both ways: only a frame's own window, from the frame's origin, may set its height.
 */
(function () {
  var MAX = 20000;
  function origin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  }
  function hello(frame) {
    var o = origin(frame);
    if (o && frame.contentWindow) frame.contentWindow.postMessage({ som: 'hello' }, o);
  }
  function scan() {
    var frames = document.querySelectorAll('iframe[data-som-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.getAttribute('data-som-sized') === null) {
        f.setAttribute('data-som-sized', '');
        f.addEventListener('load', hello.bind(null, f));
      }
      hello(f);
    }
  }
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.som !== 'height' || typeof d.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-som-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && origin(f) === e.origin) {
        f.style.height = Math.max(80, Math.min(MAX, Math.ceil(d.height))) + 'px';
        f.setAttribute('scrolling', 'no');
      }
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  addEventListener('load', scan);
})();
