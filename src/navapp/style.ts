/** The page's CSS (inline, hashed into the CSP by the exporter). Portrait phone first; targets ≥ 48 px. */
import { MAP_BG, UI } from './palette';

export const NAVAPP_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:16px/1.45 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:${UI.text};background:${UI.page}}
body.large{font-size:21px}
#app{display:flex;flex-direction:column;height:100%;max-width:720px;margin:0 auto}
header{background:${UI.header};color:${UI.headerText};padding:6px 10px 8px}
header h1{flex:1 1 auto;min-width:0;font-size:1.05em;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.titlebar{display:flex;align-items:center;gap:8px;margin-bottom:4px}
.titlebar button{flex:0 0 auto}
.bar{display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.bar.floors{flex-wrap:nowrap;overflow-x:auto;max-width:100%}
button{font:inherit;white-space:nowrap;min-height:48px;min-width:48px;border-radius:10px;border:1px solid #8d98a5;background:${UI.surface};color:${UI.text};padding:6px 12px;cursor:pointer}
button[aria-pressed=true]{background:${UI.pressed};border-color:#8a6d00;font-weight:600}
header button{border-color:#5d8fc9;font-size:.9em;padding:4px 10px}
.floors button[aria-current=true]{background:${UI.current};color:${UI.currentText}}
#map{flex:1 1 auto;min-height:200px;position:relative;background:${MAP_BG};touch-action:none;overflow:hidden}
#map svg{width:100%;height:100%;display:block}
#map svg.overlay{position:absolute;left:0;top:0;pointer-events:none;font-family:system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.zoombar{position:absolute;right:8px;top:8px;display:flex;flex-direction:column;gap:6px}
.zoombar button{font-size:24px;line-height:1;padding:0;width:48px;box-shadow:0 1px 3px rgba(0,0,0,.3)}
#sheet{flex:0 0 auto;max-height:46%;overflow:auto;background:${UI.surface};border-top:1px solid #c5ccd6;padding:8px 10px 14px;-webkit-overflow-scrolling:touch}
.here{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.here b{flex:1}
.here #locate{flex:0 0 auto;width:44px;min-height:44px;padding:0;font-size:22px;line-height:1}
.here.ask b{outline:3px solid ${UI.header};outline-offset:2px;border-radius:4px}
input[type=search]{font:inherit;width:100%;min-height:48px;padding:8px 12px;border:2px solid ${UI.header};border-radius:10px;color:${UI.text}}
input[type=search]::placeholder{color:${UI.muted};opacity:1}
ul.list{list-style:none;margin:6px 0;padding:0}
ul.list li button{white-space:normal;width:100%;text-align:left;border:0;border-bottom:1px solid #e3e6ea;border-radius:0;background:none}
ul.list li button small,.en,.meta{color:${UI.muted};font-size:.85em;display:block}
details{border-bottom:1px solid #e3e6ea}
summary{min-height:48px;display:flex;align-items:center;font-weight:600;cursor:pointer}
ol.steps{margin:8px 0;padding-left:1.6em}
ol.steps li{margin:0 0 8px}
.msg{background:${UI.note};border:1px solid #b38f00;border-radius:10px;padding:8px 10px;margin:6px 0}
.msg.err{background:${UI.error};border-color:#b33}
.summary{font-weight:600;margin:6px 0}
.link-note p{margin:0 0 4px}
.actions{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0}
#card{border:2px solid ${UI.header};border-radius:12px;padding:8px 10px;margin:6px 0;background:${UI.surface}}
#card h2{font-size:1.15em;margin:0 48px 2px 0}
#card .top{position:relative}
#card .top button{position:absolute;right:0;top:-4px;border:0;background:none;font-size:1.2em}
#card .actions button.primary,.link-note button.primary{background:${UI.header};color:${UI.headerText};border-color:${UI.header};font-weight:600}
.sr{position:absolute;left:-9999px}
`;
