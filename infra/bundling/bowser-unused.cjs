// Stands in for `bowser` in the Lambda bundles. The AWS SDK's core imports it dynamically for the *browser*
// user-agent provider, which parses `window.navigator.userAgent`; on Lambda there is no window and the Node
// provider builds the user agent, so the real bowser would add about 33 KB of never-run code to each bundle.
// Parsing a user agent with this stub gives nothing, which the browser provider already falls back from.
'use strict';
function parse() {
  return {};
}
module.exports = { parse, default: { parse } };
