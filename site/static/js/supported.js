// Runs first in <body>: tells GOV.UK Frontend's styles that its scripts will work here.
// A file, not an inline script, so the Content-Security-Policy can forbid inline scripts.
document.body.className +=
  " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
