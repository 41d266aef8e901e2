/** The page's stylesheet and script, served from memory (no files read from disk by any route). */
export const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,sans-serif;color:#1d2430;background:#f6f7f9}
header{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#14325c;color:#fff}
header a.brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.1rem}
form.search{display:flex;gap:.4rem;flex:1}form.search input{flex:1;max-width:32rem;padding:.35rem .5rem}
main{padding:1rem}h1{font-size:1.3rem;margin:.2rem 0 .6rem}h2{font-size:1.05rem;margin:1rem 0 .4rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
th a{color:inherit}.num{text-align:right;white-space:nowrap}.filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:end;margin-bottom:.8rem}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#555}.totals{margin:.5rem 0;font-weight:600}
.snippet{color:#555;font-size:.85rem}.snippet b{background:#ffe28a;font-weight:normal}
.decision{display:grid;grid-template-columns:minmax(22rem,1fr) minmax(0,1.2fr);gap:1rem;align-items:start}
.facts{background:#fff;padding:.8rem 1rem;border:1px solid #e3e6ea}.pages{position:sticky;top:0;max-height:100vh;overflow:auto}
.page{position:relative;margin:0 0 1rem;background:#fff;border:1px solid #ccd;box-shadow:0 1px 3px #0002}
.page img{display:block;width:100%;height:auto}.page .label{position:absolute;top:4px;left:6px;font-size:.75rem;background:#fffc;padding:0 .3rem}
.hl{position:absolute;border:2px solid #d0021b;background:#ffe28a66;pointer-events:none}
button.value{all:unset;cursor:pointer;color:#0b5cad;border-bottom:1px dotted #0b5cad}button.value:focus{outline:2px solid #d0021b}
.flag{border-left:4px solid #999;padding:.3rem .6rem;margin:.4rem 0;background:#fafafa}.flag.error{border-color:#d0021b}.flag.warning{border-color:#e69500}.flag.info{border-color:#4a90e2}
.missing{padding:1rem;background:#fff3cd;border:1px solid #e6c55f}.muted{color:#777}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}dt{color:#666}
.compare td.old{background:#fdecea}.compare td.new{background:#e6f4ea}
header a.nav{color:#fff}.chart{margin:.5rem 0 1rem}.chart img{display:block;max-width:100%;height:auto;background:#fff;border:1px solid #e3e6ea}
ul.items{margin:0;padding-left:1rem}ul.family{margin:0;padding:0;list-style:none}ul.family li{display:grid;grid-template-columns:9rem 1fr;gap:.5rem;margin:.15rem 0}ul.family .role{color:#555}h3{font-size:.95rem;margin:.6rem 0 .2rem}
`;

export const SCRIPT = `
// Clicking a value shows its page with the value's box highlighted; a flag highlights all its evidence.
function clearHighlights(){document.querySelectorAll('.hl').forEach(function(e){e.remove()})}
function highlight(places){
  clearHighlights();var first=null;
  places.forEach(function(p){
    var page=document.getElementById('page-'+p.page);if(!page)return;
    if(!first)first=page;
    if(!p.box)return;
    var d=document.createElement('div');d.className='hl';d.dataset.page=p.page;
    var pad=0.004;
    d.style.left=((p.box.x-pad)*100)+'%';d.style.top=((p.box.y-pad)*100)+'%';
    d.style.width=((p.box.w+2*pad)*100)+'%';d.style.height=((p.box.h+2*pad)*100)+'%';
    page.appendChild(d);
  });
  if(first)first.scrollIntoView({behavior:'instant',block:'center'});
}
document.addEventListener('click',function(ev){
  var t=ev.target.closest('[data-places]');if(!t)return;
  ev.preventDefault();highlight(JSON.parse(t.dataset.places));
});
`;
