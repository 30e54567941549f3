/**
 * Lambda code for one handler entry: an esbuild bundle, built in-process at synth (never in Docker).
 *
 * Why not `NodejsFunction`'s own bundling: it writes one file (`--outfile`), and esbuild splits code only
 * into a directory. Split, a bundle loads at start-up only what its handler imports statically. Code behind
 * a dynamic `import()` (the poll function's feed parser, page extractor and classifier, and the AWS SDK's
 * credential providers for profiles, SSO and STS, which a Lambda never uses) becomes a chunk that is read
 * when first needed, so a cold start does not parse it: about a third of the poll function's start-up time
 * (`npm run bench` measures it).
 */
import { fileURLToPath } from 'node:url';
import { AssetHashType, type BundlingOptions, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BuildOptions, buildSync } from 'esbuild';

/** The file Lambda loads: the handler is `index.handler`. */
export const ENTRY_FILE = 'index.mjs';
export const HANDLER = 'index.handler';
/** Where the chunks loaded on demand go, beside {@link ENTRY_FILE}. */
export const CHUNK_DIR = 'chunks';

/** The stub bundled in place of xmlbuilder (see xmlbuilder-unused.cjs). */
const XMLBUILDER_STUB = fileURLToPath(new URL('./xmlbuilder-unused.cjs', import.meta.url));
/** The stub bundled in place of bowser (see bowser-unused.cjs). */
const BOWSER_STUB = fileURLToPath(new URL('./bowser-unused.cjs', import.meta.url));
/** The credential provider bundled in place of the SDK's default chain (see lambda-credentials.ts). */
const LAMBDA_CREDENTIALS = fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url));
/**
 * The ES module build of `entities`, for every importer: rss-parser and dom-serializer `require` it, which
 * would bundle its CommonJS build (and its HTML decoding tables) a second time beside htmlparser2's ES build.
 */
const ENTITIES_ESM = fileURLToPath(new URL('../../node_modules/entities/dist/esm', import.meta.url));

/**
 * rss-parser and its XML dependencies are CommonJS and call `require`, which an ES module lacks; this
 * banner, at the top of every output file, gives each a real `require`.
 * @see https://github.com/evanw/esbuild/issues/1921
 */
export const CREATE_REQUIRE_BANNER =
  "import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);";

/** esbuild's target for a Lambda runtime: `nodejs24.x` -> `node24`. */
export function esbuildTarget(runtime: lambda.Runtime): string {
  const major = /^nodejs(\d+)\.x$/.exec(runtime.name)?.[1];
  if (!major) throw new Error(`${runtime.name} is not a Node.js runtime`);
  return `node${major}`;
}

/** The esbuild options of every Borderwatch function. */
export function lambdaBuildOptions(entry: string, outdir: string, target: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target,
    banner: { js: CREATE_REQUIRE_BANNER },
    // Prefer packages' ESM builds so esbuild can drop what the handler never calls.
    mainFields: ['module', 'main'],
    minify: true,
    // Source maps roughly double the asset and `--enable-source-maps` slows every cold start; stack traces
    // in logs still name the function and the error class, which is what an operator acts on.
    sourcemap: false,
    // The classification baseline holds Cyrillic terms; UTF-8 output keeps them two bytes each instead of
    // six-byte \u escapes.
    charset: 'utf8',
    // xml2js (under rss-parser) requires its XML builder at load time; Borderwatch never builds XML, so a
    // stub stands in for it (about 67 KB less in the poll bundle). The SDK's browser user-agent parser
    // (bowser) never runs on Lambda: a stub stands in for it too (about 33 KB less in every bundle). A function's
    // credentials are in its environment, so the SDK's credential chain is read from there alone (about 75 KB
    // less in every bundle; see LAMBDA_CREDENTIALS). `entities` is bundled once, as its ES build (see
    // ENTITIES_ESM).
    alias: {
      xmlbuilder: XMLBUILDER_STUB,
      bowser: BOWSER_STUB,
      '@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS,
      entities: ENTITIES_ESM,
    },
    // The AWS SDK is bundled, not taken from the runtime: a pinned, tree-shaken version that loads faster
    // than the runtime's full clients. Nothing is external but Node's own modules.
    external: [],
    logLevel: 'warning',
  };
}

/** Builds the bundle into the folder CDK hands over; a build error fails synth with esbuild's message. */
class LocalEsbuild implements ILocalBundling {
  constructor(
    private readonly entry: string,
    private readonly target: string,
  ) {}

  tryBundle(outputDir: string): boolean {
    buildSync(lambdaBuildOptions(this.entry, outputDir, this.target));
    // true: bundled here; CDK never falls back to Docker.
    return true;
  }
}

/**
 * The code asset of a function on `runtime` whose handler is `entry`'s export `handler`. `projectRoot` is
 * only the asset's nominal source: the hash is of the bundle itself, so an unchanged bundle is not uploaded
 * again.
 */
export function bundledCode(entry: string, runtime: lambda.Runtime, projectRoot: string): lambda.Code {
  const target = esbuildTarget(runtime);
  const bundling: BundlingOptions = {
    local: new LocalEsbuild(entry, target),
    // Required by the type, never pulled: local bundling either succeeds or throws.
    image: DockerImage.fromRegistry('unused-local-bundling-only'),
    // Part of CDK's per-synth cache key, which would otherwise not tell two entries apart.
    command: ['esbuild', entry, `--target=${target}`],
  };
  return lambda.Code.fromAsset(projectRoot, { assetHashType: AssetHashType.OUTPUT, bundling });
}
