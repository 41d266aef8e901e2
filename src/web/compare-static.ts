/** The compare page's styles, served after the main stylesheet. */
export const COMPARE_STYLE = `
.compare td.old{background:#fdecea}.compare td.new{background:#e6f4ea}.compare tr.change{cursor:pointer}.compare tr.change.on td{outline:2px solid #d0021b}
del{background:#f8b4b4;text-decoration:line-through}ins{background:#a8e0b5;text-decoration:none}.gap{color:#d0021b;font-weight:700}
.val{font-weight:600;margin-top:.2rem}.uncertain{color:#b35c00;font-size:.85rem}
#redline .hunk{background:#fff;border-left:3px solid #14325c;padding:.3rem .6rem;margin:.4rem 0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem;align-items:start}.side{max-height:100vh;overflow:auto;position:sticky;top:0}
.cbox{position:absolute;border:2px solid #d0021b;background:#ffe28a55;display:block}.cbox.on{border-width:3px;background:#ffe28a99;box-shadow:0 0 0 3px #d0021b55}
`;

/** The compare page's script: places the change boxes on the page images and shows a clicked change on both sides. */
export const COMPARE_SCRIPT = `
function placeBoxes(){document.querySelectorAll('.cbox[data-box]').forEach(function(e){
  var b=JSON.parse(e.dataset.box),pad=0.003;
  e.style.left=((b.x-pad)*100)+'%';e.style.top=((b.y-pad)*100)+'%';e.style.width=((b.w+2*pad)*100)+'%';e.style.height=((b.h+2*pad)*100)+'%';
})}
function showChange(row){
  document.querySelectorAll('.cbox.on,tr.change.on').forEach(function(e){e.classList.remove('on')});
  row.classList.add('on');
  ['a','b'].forEach(function(side){
    var p=JSON.parse(row.dataset[side]||'null');if(!p)return;
    var page=document.getElementById(side+'-page-'+p.page);if(!page)return;
    page.querySelectorAll('.cbox[href="#'+row.id+'"]').forEach(function(e){e.classList.add('on')});
    var col=document.getElementById('side-'+side);
    col.scrollIntoView({behavior:'instant',block:'start'});
    var box=page.querySelector('.cbox.on');
    col.scrollTop=page.offsetTop-col.offsetTop+(box?box.offsetTop-col.clientHeight/3:0);
  });
}
document.addEventListener('DOMContentLoaded',placeBoxes);
document.addEventListener('click',function(ev){var r=ev.target.closest('tr.change');if(r)showChange(r)});
document.addEventListener('keydown',function(ev){var r=ev.target.closest&&ev.target.closest('tr.change');if(r&&ev.key==='Enter')showChange(r)});
`;
