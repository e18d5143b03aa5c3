// Types of bottleneck/light.js: the build of Bottleneck without its Redis clustering, which the retry and throttling
// plugins import (the package types only its main entry, the same class).
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
