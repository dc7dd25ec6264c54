/** The page's CSS (inline, hashed into the CSP by the exporter). Portrait phone first; targets ≥ 48 px. */
export const NAVAPP_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:16px/1.45 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1f24;background:#f4f5f7}
body.large{font-size:21px}
#app{display:flex;flex-direction:column;height:100%;max-width:720px;margin:0 auto}
header{background:#0b5cad;color:#fff;padding:6px 10px 8px}
header h1{font-size:1.05em;margin:2px 0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.bar{display:flex;gap:6px;flex-wrap:wrap;align-items:center}
button{font:inherit;min-height:48px;min-width:48px;border-radius:10px;border:1px solid #c5ccd6;background:#fff;color:#1b1f24;padding:6px 12px;cursor:pointer}
button[aria-pressed=true]{background:#ffd54a;border-color:#b38f00;font-weight:600}
header button{border-color:#5d8fc9;font-size:.9em;padding:4px 10px}
.floors button[aria-current=true]{background:#1b1f24;color:#fff}
#map{flex:1 1 auto;min-height:200px;position:relative;background:#e9ecf0;touch-action:none;overflow:hidden}
#map svg{width:100%;height:100%;display:block}
#sheet{flex:0 0 auto;max-height:52%;overflow:auto;background:#fff;border-top:1px solid #c5ccd6;padding:8px 10px 14px;-webkit-overflow-scrolling:touch}
.here{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.here b{flex:1}
input[type=search]{font:inherit;width:100%;min-height:48px;padding:8px 12px;border:2px solid #0b5cad;border-radius:10px}
ul.list{list-style:none;margin:6px 0;padding:0}
ul.list li button{width:100%;text-align:left;border:0;border-bottom:1px solid #e3e6ea;border-radius:0;background:none}
ul.list li button small,.en{color:#5b6570;font-size:.85em;display:block}
details{border-bottom:1px solid #e3e6ea}
summary{min-height:48px;display:flex;align-items:center;font-weight:600;cursor:pointer}
ol.steps{margin:8px 0;padding-left:1.6em}
ol.steps li{margin:0 0 8px}
.msg{background:#fff4d6;border:1px solid #e0b84a;border-radius:10px;padding:8px 10px;margin:6px 0}
.msg.err{background:#fde7e7;border-color:#d66}
.summary{font-weight:600;margin:6px 0}
.actions{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0}
.sr{position:absolute;left:-9999px}
`;
