// Builds the site's CSS and copies GOV.UK Frontend's script into site/static/dist/.
// Run with `npm run build` (the Makefile does this); the output is not committed.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import rtlcss from "rtlcss";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "site", "static", "dist");
mkdirSync(join(dist, "css"), { recursive: true });
mkdirSync(join(dist, "js"), { recursive: true });

const result = sass.compile(join(root, "site", "src", "scss", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(dist, "css", "site.css"), result.css);
// GOV.UK Frontend is written for left-to-right pages; Urdu and Arabic pages get a mirrored
// copy. The site's own styles use logical properties, which need no mirroring.
writeFileSync(join(dist, "css", "site-rtl.css"), rtlcss.process(result.css));

// Without its source map comment: the map is not shipped, and hashed static storage
// would refuse a reference to a missing file.
const govukScript = readFileSync(
  join(root, "node_modules", "govuk-frontend", "dist", "govuk", "all.bundle.js"),
  "utf8",
).replace(/^\/\/# sourceMappingURL=.*$/m, "");
writeFileSync(join(dist, "js", "govuk-frontend.js"), govukScript);
// Leaflet for the map, loaded only when a visitor asks to see one.
const leafletSource = join(root, "node_modules", "leaflet", "dist");
mkdirSync(join(dist, "leaflet", "images"), { recursive: true });
writeFileSync(
  join(dist, "leaflet", "leaflet.js"),
  readFileSync(join(leafletSource, "leaflet.js"), "utf8").replace(/^\/\/# sourceMappingURL=.*$/m, ""),
);
copyFileSync(join(leafletSource, "leaflet.css"), join(dist, "leaflet", "leaflet.css"));
for (const image of readdirSync(join(leafletSource, "images"))) {
  copyFileSync(join(leafletSource, "images", image), join(dist, "leaflet", "images", image));
}

console.log("Built site/static/dist: css/site.css, css/site-rtl.css, js/govuk-frontend.js, leaflet/");
