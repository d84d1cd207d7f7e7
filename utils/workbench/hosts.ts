// Hosts the content script runs on. Kept apart from the adapters so the manifest can import it cheaply.
export const WORKBENCH_MATCHES = [
  'https://mms.pinduoduo.com/*',
  'https://im.jinritemai.com/*',
  'https://dongdong.jd.com/*',
  'https://shop.jd.com/*',
  'https://qn.taobao.com/*',
  'https://myseller.taobao.com/*',
  'https://im.kwaixiaodian.com/*',
];

// Fixture and demo workbenches (any port) in development builds only.
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
