// bottleneck's light build (no Redis clustering), which @octokit/plugin-throttling uses, has the
// same API as the full build but ships no typings of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
