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
          // The form's other choices (the childcare finder's filters) go too, but not the
          // empty ones; the postcode gives way to the location.
          var params = new URLSearchParams();
          new FormData(form).forEach(function (value, name) {
            if (name !== "postcode" && value !== "") {
              params.append(name, value);
            }
          });
          url.search = params.toString();
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

  // Maps: nothing is fetched from the tile server until the visitor presses "Show on a map".
  function loadLeaflet(container, done) {
    if (window.L) {
      done();
      return;
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = container.dataset.leafletCss;
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = container.dataset.leafletJs;
    script.onload = done;
    document.body.appendChild(script);
  }

  document.querySelectorAll(".js-place-map").forEach(function (container) {
    var data = document.getElementById("place-map-data");
    var button = container.querySelector(".js-show-map");
    var canvas = container.querySelector(".place-map__canvas");
    if (!data || !button || !canvas) {
      return;
    }
    container.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      loadLeaflet(container, function () {
        var places = JSON.parse(data.textContent);
        canvas.hidden = false;
        button.hidden = true;
        var map = window.L.map(canvas, { scrollWheelZoom: false });
        window.L.tileLayer(container.dataset.tileUrl, {
          attribution: container.dataset.attribution,
          maxZoom: 18,
        }).addTo(map);
        var bounds = [];
        places.forEach(function (place) {
          var marker = window.L.marker([place.lat, place.lon], { title: place.name, alt: place.name });
          var link = document.createElement("a");
          link.href = place.url;
          link.className = "govuk-link";
          link.textContent = place.name;
          marker.bindPopup(link).addTo(map);
          bounds.push([place.lat, place.lon]);
        });
        if (bounds.length === 1) {
          map.setView(bounds[0], 15);
        } else {
          map.fitBounds(bounds, { padding: [24, 24] });
        }
        canvas.focus();
      });
    });
  });

  // Shortlist: copy and print buttons (the list itself works without JavaScript).
  document.querySelectorAll(".js-copy").forEach(function (button) {
    var target = document.getElementById(button.dataset.copyTarget);
    if (!target || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(target.value).then(function () {
        button.textContent = button.dataset.copiedText || button.textContent;
      });
    });
  });
  document.querySelectorAll(".js-print").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // The service listing on a phone: results come first and the filters follow them. Without
  // JavaScript a link jumps down to the filters; with it, a button opens them just under it.
  var filterButton = document.querySelector(".js-filter-toggle");
  var filterPanel = document.getElementById("service-filters");
  if (filterButton && filterPanel && window.matchMedia) {
    var filterLink = document.querySelector(".js-filter-link");
    var filterHome = filterPanel.parentNode;
    var filterHomeNext = filterPanel.nextSibling;
    var wide = window.matchMedia("(min-width: 40.0625em)");
    // Open when there is a mistake to put right, or when the visitor came for the filters.
    var filtersOpen =
      filterPanel.querySelector(".govuk-form-group--error") !== null ||
      /^#(service-)?filter/.test(window.location.hash);
    var placeFilters = function () {
      if (wide.matches) {
        filterHome.insertBefore(filterPanel, filterHomeNext);
        filterPanel.hidden = false;
        filterButton.hidden = true;
      } else {
        filterButton.insertAdjacentElement("afterend", filterPanel);
        filterPanel.hidden = !filtersOpen;
        filterButton.hidden = false;
        filterButton.setAttribute("aria-expanded", filtersOpen ? "true" : "false");
      }
      if (filterLink) {
        filterLink.hidden = true;
      }
    };
    filterButton.addEventListener("click", function () {
      filtersOpen = !filtersOpen;
      placeFilters();
    });
    if (wide.addEventListener) {
      wide.addEventListener("change", placeFilters);
    }
    placeFilters();
  }

  // Autocomplete: suggestions from the directory in a native <datalist>, which browsers and
  // screen readers already know how to present. Searching works without it.
  document.querySelectorAll(".js-suggest").forEach(function (input, index) {
    var list = document.createElement("datalist");
    list.id = "search-suggestions-" + index;
    input.setAttribute("list", list.id);
    input.insertAdjacentElement("afterend", list);
    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      if (input.value.trim().length < 2) {
        return;
      }
      timer = window.setTimeout(function () {
        var url = new URL(input.dataset.suggestUrl, window.location.href);
        url.searchParams.set("q", input.value);
        fetch(url.toString(), { headers: { Accept: "application/json" } })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (data) {
            list.replaceChildren();
            data.suggestions.forEach(function (text) {
              var option = document.createElement("option");
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 200);
    });
  });

  // Self-referral form: warn five minutes before answers are cleared for inactivity, and let
  // the visitor keep them. Without JavaScript the page says how long answers are kept.
  var timeout = document.querySelector("[data-referral-timeout]");
  var dialog = document.querySelector(".referral-timeout-dialog");
  if (timeout && dialog && typeof dialog.showModal === "function") {
    var idleMs = parseInt(timeout.dataset.idleMinutes, 10) * 60000;
    var warnMs = Math.max(idleMs - 5 * 60000, 60000);
    var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
    var warnTimer;
    var schedule = function () {
      window.clearTimeout(warnTimer);
      warnTimer = window.setTimeout(function () {
        dialog.showModal();
      }, warnMs);
    };
    var post = function (url) {
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrf ? csrf.value : "" },
        redirect: "manual",
      });
    };
    dialog.querySelector("[data-timeout-keep]").addEventListener("click", function () {
      post(timeout.dataset.keepAliveUrl).finally(function () {
        dialog.close();
        schedule();
      });
    });
    dialog.querySelector("[data-timeout-clear]").addEventListener("click", function () {
      // Choosing "Clear my answers now" in the warning is the confirmation the button's own
      // page would ask for.
      var form = timeout.querySelector("form");
      var confirmed = document.createElement("input");
      confirmed.type = "hidden";
      confirmed.name = "confirm";
      confirmed.value = "yes";
      form.appendChild(confirmed);
      form.submit();
    });
    schedule();
  }

  // "Listen" on the feedback form for children under 8: the browser reads the question and its
  // answers aloud in the page's language. Shown only when the browser has a voice for that
  // language; without one (or without JavaScript) the button stays hidden.
  var readAloudButtons = document.querySelectorAll(".js-read-aloud");
  if (readAloudButtons.length && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
    var pageLanguage = (document.documentElement.lang || "en").toLowerCase();
    var voiceFor = function (language) {
      var voices = window.speechSynthesis.getVoices();
      var matching = voices.filter(function (voice) {
        return (voice.lang || "").toLowerCase().replace("_", "-").split("-")[0] === language;
      });
      var british = matching.filter(function (voice) {
        return /-gb$/i.test(voice.lang.replace("_", "-"));
      });
      return british[0] || matching[0] || null;
    };
    var offerReadAloud = function () {
      var voice = voiceFor(pageLanguage);
      readAloudButtons.forEach(function (button) {
        button.hidden = !voice;
      });
    };
    readAloudButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        var voice = voiceFor(pageLanguage);
        var scope = button.closest("[data-read-aloud-scope]");
        if (!voice || !scope) {
          return;
        }
        var words = Array.prototype.map.call(scope.querySelectorAll("[data-read-aloud]"), function (element) {
          return element.textContent.trim();
        });
        window.speechSynthesis.cancel();
        var utterance = new window.SpeechSynthesisUtterance(words.join(". "));
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        window.speechSynthesis.speak(utterance);
      });
    });
    offerReadAloud();
    if (typeof window.speechSynthesis.addEventListener === "function") {
      window.speechSynthesis.addEventListener("voiceschanged", offerReadAloud);
    }
  }
})();
