// The plain JavaScript example of docs/frameworks.md is copied to example.js by
// consumers/lib/frameworks.mjs; its console line is what the test reads.
import './example.js';
