// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  if (window.GOVUKFrontend && document.body.classList.contains("govuk-frontend-supported")) {
    window.GOVUKFrontend.initAll();
  }

  // "Use my location" on the hub finder. The position is rounded to about 100 metres before it
  // leaves the browser, and is only asked for when the visitor presses the button.
  var locationButton = document.querySelector(".js-use-location");
  if (locationButton && "geolocation" in navigator) {
    locationButton.hidden = false;
    locationButton.addEventListener("click", function () {
      var form = locationButton.closest("form");
      navigator.geolocation.getCurrentPosition(
        function (position) {
          var url = new URL(form.action, window.location.href);
          url.search = "";
          url.searchParams.set("lat", position.coords.latitude.toFixed(3));
          url.searchParams.set("lon", position.coords.longitude.toFixed(3));
          window.location.assign(url.toString());
        },
        function () {
          var input = form.querySelector("input[name=postcode]");
          if (input) {
            input.focus();
          }
        },
        { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 }
      );
    });
  }
})();
