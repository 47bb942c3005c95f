// Page glue for the WebAssembly app: the Module object Emscripten reads, the loading and error
// message, paste forwarding, saving on close, share links opened in place, and the read-only
// test hook. No network access of any kind.
'use strict';

var appReady = false;   // the WebAssembly runtime is up and main() has run

var Module = {
  canvas: document.getElementById('canvas'),
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  onRuntimeInitialized: function () {
    appReady = true;
    document.getElementById('status').hidden = true;
    Module.canvas.focus();
  },
  onAbort: function (what) {
    var status = document.getElementById('status');
    status.hidden = false;
    status.className = 'error';
    status.textContent = 'Quotient could not start in this browser (' + what + '). ' +
      'It needs WebAssembly and WebGL 2.';
  },
};

// The browser hands pasted text only to a paste event; pass it to the app's clipboard.
document.addEventListener('paste', function (event) {
  var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
  if (appReady) Module.ccall('quotient_paste', null, ['string'], [text]);
});

// The hidden input that holds the focus while a field is edited on a touch screen (the app
// places it): what the phone's keyboard or input method types there goes to the app, and the
// input is emptied again. A key that the page already passed on as a keypress (a physical
// keyboard) is not passed twice.
(function () {
  var input = document.getElementById('text-input');
  var keypressed = false;
  window.addEventListener('keydown', function () { keypressed = false; }, true);
  window.addEventListener('keypress', function () { keypressed = true; }, true);
  function send(text) {
    if (appReady && text) Module.ccall('quotient_text_input', null, ['string'], [text]);
    input.value = '';
  }
  input.addEventListener('input', function (event) {
    if (event.isComposing) return;              // an input method is still composing
    var typed = keypressed ? '' : (event.inputType === 'insertText' ? event.data : '');
    keypressed = false;
    if (event.inputType === 'insertFromPaste') typed = '';   // the paste listener passes it on
    send(typed);
  });
  input.addEventListener('compositionend', function (event) { send(event.data); });
})();

// Edits made in the moment before the page goes away are saved before it does.
function flush(closing) { if (appReady) Module._quotient_flush(closing ? 1 : 0); }
window.addEventListener('pagehide', function () { flush(true); });
document.addEventListener('visibilitychange', function () { if (document.hidden) flush(false); });

// Another tab of this page saved the scenarios: the app holds its own saving and asks the user.
window.addEventListener('storage', function (event) {
  if (appReady && (event.key === null || event.key === 'quotient.library')) Module._quotient_storage_changed();
});

// Edits held while the user has not chosen between this tab's version and another's: the
// browser asks before the page goes.
window.addEventListener('beforeunload', function (event) {
  if (appReady && Module._quotient_has_held_edits()) {
    event.preventDefault();
    event.returnValue = '';
  }
});

// A share link pasted into the address bar of a tab already showing Quotient.
window.addEventListener('hashchange', function () { if (appReady) Module._quotient_open_link(); });

// For the end-to-end tests: what the UI shows and where. It cannot change anything.
// (Emscripten defines the export wrappers before the module is instantiated: wait for it.)
window.quotientTest = function () {
  if (!appReady) return null;
  return JSON.parse(Module.UTF8ToString(Module._quotient_test_state()));
};
