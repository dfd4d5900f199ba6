// A portal page in React 19: the viewer gets its RMP as an object (the data
// property), listens with onrmp-*, and is removed and put back by state.
import '../shared.js';
import 'rmp-viewer';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Portal() {
  const [rmp, setRmp] = useState(null);
  const [shown, setShown] = useState(true);
  const [lang, setLang] = useState('ja');
  const [toggles, setToggles] = useState(0);
  useEffect(() => {
    fetch('./lunsumio.json').then((r) => r.json()).then(setRmp);
  }, []);
  return (
    <main>
      <h1>Portal</h1>
      <button id="show" onClick={() => setShown((s) => !s)}>{shown ? 'Hide' : 'Show'}</button>
      <button id="english" onClick={() => setLang('en')}>English</button>
      <output id="toggles">{toggles}</output>
      {shown && (
        <rmp-viewer
          id="viewer"
          data={rmp}
          lang={lang}
          view="risks"
          onrmp-toggle={() => setToggles((n) => n + 1)}
        />
      )}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Portal />);
