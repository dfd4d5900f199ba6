// Vue 3's GlobalComponents carry <rmp-viewer> (what vue-tsc checks templates with).
import type { GlobalComponents } from 'vue';
import type {} from 'rmp-viewer/vue';

type Viewer = GlobalComponents['rmp-viewer'];
type Props = InstanceType<Viewer>['$props'];
const props: Props = { src: '/rmp/lunsumio.json', lang: 'en', onRmpReady: (event) => console.log(event.detail.title) };
console.log(props);
// @ts-expect-error: not a view
const wrong: Props = { view: 'nowhere' };
console.log(wrong);
