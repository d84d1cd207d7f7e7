// The privacy policy inside the extension, linked from the options page. PRIVACY.md is its only source (the
// store listing links to the same file), so the two cannot drift; the HTML marked makes is sanitised anyway.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import policy from '../../PRIVACY.md?raw';
import '../../components/theme.css';
import './style.css';

document.getElementById('policy')!.innerHTML = DOMPurify.sanitize(marked.parse(policy, { async: false }));
