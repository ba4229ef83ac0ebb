// Validates HAR files against the HAR 1.2 schema with a third-party validator: Debian's
// node-har-validator (ahmadnassri/har-validator, the one the `request` library used).
//   node validate_har.js FILE...     exit 0 when every file is valid; errors on stderr
'use strict';
const fs = require('fs');
let validator;
try {
    validator = require('har-validator');
} catch (e) {
    console.error('har-validator is not installed (Debian: apt install node-har-validator): ' + e.message);
    process.exit(3);
}
(async () => {
    let failed = 0;
    for (const file of process.argv.slice(2)) {
        try {
            await validator.har(JSON.parse(fs.readFileSync(file, 'utf8')));
            console.log(file + ': valid HAR 1.2');
        } catch (e) {
            failed++;
            console.error(file + ': ' + (e.errors ? JSON.stringify(e.errors, null, 1) : e.message));
        }
    }
    process.exit(failed ? 1 : 0);
})();
