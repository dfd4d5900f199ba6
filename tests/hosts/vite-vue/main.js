// A portal page in Vue 3 (its template compiled in the page): :data as a
// property, @rmp-ready, v-if to remove and put back.
import '../shared.js';
import 'rmp-viewer';
import { createApp } from 'vue';

const app = createApp({
  data: () => ({ rmp: null, shown: true, view: 'risks', ready: '' }),
  async mounted() {
    this.rmp = await (await fetch('./lunsumio.json')).json();
  },
  methods: {
    onReady(event) {
      this.ready = event.detail.title;
    },
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'rmp-viewer';
app.mount('#app');
