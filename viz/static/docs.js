/* Alliance Graph API documentation: start the vendored Swagger UI or Redoc (no inline script). */
(function () {
  "use strict";
  var swagger = document.getElementById("swagger-ui");
  var redoc = document.getElementById("redoc");
  if (swagger && window.SwaggerUIBundle) {
    window.ui = window.SwaggerUIBundle({
      url: swagger.getAttribute("data-spec"),
      dom_id: "#swagger-ui",
      deepLinking: true,
      // No validator badge: it would call a server on the internet.
      validatorUrl: null,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: "BaseLayout"
    });
  }
  if (redoc && window.Redoc) {
    window.Redoc.init(redoc.getAttribute("data-spec"), {
      // Search runs in a web worker made from a blob; the CSP allows workers from here only.
      disableSearch: true,
      hideDownloadButton: false
    }, redoc, function () { document.body.setAttribute("data-rendered", "true"); });
  }
})();
