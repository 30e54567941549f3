// Stands in for `xmlbuilder` in the Lambda bundles. rss-parser loads xml2js, whose index requires its XML
// *builder* at load time although Borderwatch only parses; the real xmlbuilder would add about 67 KB of
// never-run code to the poll bundle. Building XML with this stub fails loudly instead of silently.
'use strict';
function unused() {
  throw new Error('xmlbuilder is not bundled: Borderwatch parses feeds and never builds XML');
}
module.exports = { create: unused, begin: unused, stringWriter: unused, streamWriter: unused };
