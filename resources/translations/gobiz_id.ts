<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccessToken</name>
    <message>
        <location filename="../../app/api/AccessToken.cpp" line="+142"/>
        <source>[no token]</source>
        <translation>[tanpa token]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[token redacted]</source>
        <translation>[token disamarkan]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The token looks well-formed. Next checks it with GoBiz.</source>
        <translation>Format token tampak benar. Tombol Lanjut akan memeriksanya ke GoBiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the merchant&apos;s access token.</source>
        <translation>Tempel token akses merchant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has a space or line break at character %1. Copy it again as one piece, without line breaks.</source>
        <translation>Token berisi spasi atau baris baru pada karakter ke-%1. Salin ulang token secara utuh, tanpa baris baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token has an invisible control character at character %1. Copy it again from where it was issued.</source>
        <translation>Token berisi karakter kontrol tak terlihat pada karakter ke-%1. Salin ulang dari tempat token diterbitkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token has a character that cannot be part of a token at character %1 (often a smart quote or an invisible space). Copy it again from where it was issued.</source>
        <translation>Token berisi karakter yang tidak mungkin ada dalam token pada karakter ke-%1 (sering kali tanda kutip miring atau spasi tak terlihat). Salin ulang dari tempat token diterbitkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is %1 characters long, far more than an access token. Check that you copied only the token.</source>
        <translation>Teks ini panjangnya %1 karakter, jauh lebih panjang dari token akses. Pastikan Anda hanya menyalin tokennya.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/api/ApiError.cpp" line="+107"/>
        <source> GoBiz says: &quot;%1&quot;</source>
        <translation> Pesan GoBiz: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>GoBiz did not accept the access token: it has expired, was revoked, or belongs to another environment. Sign in again and paste a new token.</source>
        <translation>GoBiz tidak menerima token akses: token sudah kedaluwarsa, dicabut, atau milik lingkungan lain. Masuk lagi dan tempel token yang baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This GoBiz user may not change this outlet. Linking needs the owner, admin or manager role and access to the outlet.</source>
        <translation>Pengguna GoBiz ini tidak boleh mengubah outlet ini. Penautan memerlukan peran pemilik, admin, atau manajer serta akses ke outlet tersebut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoBiz does not know this outlet or address. Check the environment and reload the outlet list.</source>
        <translation>GoBiz tidak mengenali outlet atau alamat ini. Periksa lingkungan dan muat ulang daftar outlet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoBiz refused the request as invalid. Check the external outlet ID.</source>
        <translation>GoBiz menolak permintaan karena tidak valid. Periksa ID outlet eksternal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoBiz reports a conflict: the outlet may already be linked, possibly to another partner.</source>
        <translation>GoBiz melaporkan konflik: outlet mungkin sudah tertaut, bisa jadi ke mitra lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoBiz refused the request format (HTTP %1). Check that the address points to the GoBiz partner API.</source>
        <translation>GoBiz menolak format permintaan (HTTP %1). Pastikan alamat mengarah ke API mitra GoBiz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GoBiz asked us to slow down. The wizard waits and tries again.</source>
        <translation>GoBiz meminta agar pengiriman diperlambat. Wizard menunggu lalu mencoba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GoBiz had a server problem (HTTP %1). Try again in a few minutes.</source>
        <translation>Server GoBiz sedang bermasalah (HTTP %1). Coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach GoBiz: check the internet connection and the proxy settings, then try again.</source>
        <translation>GoBiz tidak dapat dihubungi: periksa koneksi internet dan pengaturan proksi, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoBiz did not answer in time. The connection may be slow; try again.</source>
        <translation>GoBiz tidak menjawab tepat waktu. Koneksi mungkin lambat; coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection could not be verified, so nothing was sent. On a shop or office network a proxy may be intercepting traffic; try another network.</source>
        <translation>Koneksi aman tidak dapat diverifikasi, jadi tidak ada yang dikirim. Di jaringan toko atau kantor, mungkin ada proksi yang menyadap lalu lintas; coba jaringan lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer did not come from the GoBiz API as expected (it was not the JSON GoBiz sends). Check the address and the proxy, then try again.</source>
        <translation>Jawaban tidak datang dari API GoBiz seperti yang diharapkan (bukan JSON yang dikirim GoBiz). Periksa alamat dan proksi, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
</context>
<context>
    <name>BaseUrlInput</name>
    <message>
        <location filename="../../app/api/BaseUrlInput.cpp" line="+46"/>
        <source>This looks like an access token, not an address, so it is not used here. Enter the API address (for example https://api.gobiz.co.id) and paste the token on the wizard&apos;s Access token page.</source>
        <translation>Ini tampak seperti token akses, bukan alamat, jadi tidak dipakai di sini. Masukkan alamat API (misalnya https://api.gobiz.co.id) dan tempel token di halaman Token akses pada wizard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address has a space at character %1. Remove it: a web address has no spaces.</source>
        <translation>Alamat berisi spasi pada karakter ke-%1. Hapus spasi itu: alamat web tidak pernah berisi spasi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the address with https:// (for example https://%1).</source>
        <translation>Awali alamat dengan https:// (misalnya https://%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The port &quot;%1&quot; is not possible: a port is a number from 1 to 65535. Check the number after the last &quot;:&quot; (the sandbox prints its address when it starts, e.g. http://127.0.0.1:8765/).</source>
        <translation>Port &quot;%1&quot; tidak mungkin dipakai: port adalah angka 1 sampai 65535. Periksa angka setelah tanda &quot;:&quot; terakhir (sandbox menampilkan alamatnya saat dijalankan, misalnya http://127.0.0.1:8765/).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The address ended in the API&apos;s own path (%1). The wizard adds that path itself, so it uses %2.</source>
        <translation>Alamat diakhiri dengan path milik API (%1). Wizard menambahkan path itu sendiri, jadi yang dipakai adalah %2.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/main.cpp" line="+226"/>
        <source>Unknown language &quot;%1&quot;: use --lang en (English) or --lang id (Bahasa Indonesia).</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: gunakan --lang en (English) atau --lang id (Bahasa Indonesia).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>GoBiz Outlet Link Wizard</source>
        <translation>Wizard Penautan Outlet GoBiz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An access token is never accepted on the command line: other programs and users can read a program&apos;s arguments, and shells keep them in their history. Start the wizard and paste the token on its Access token page.</source>
        <translation>Token akses tidak pernah diterima lewat baris perintah: program dan pengguna lain dapat membaca argumen sebuah program, dan shell menyimpannya di riwayat. Jalankan wizard lalu tempel token di halaman Token akses.</translation>
    </message>
    <message>
        <source>Links a merchant&apos;s GoBiz outlets to a facilitator partner, for GoFood and Payment. The access token is pasted into the wizard, never given here.</source>
        <translation type="vanished">Menautkan outlet GoBiz milik merchant ke mitra fasilitator, untuk GoFood dan Pembayaran. Token akses ditempel di dalam wizard, tidak pernah diberikan di sini.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>An argument looks like an access token, so it is not shown here.</source>
        <translation>Sebuah argumen tampak seperti token akses, jadi tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value given to %1 looks like an access token, so it is not shown here.</source>
        <translation>Nilai yang diberikan untuk %1 tampak seperti token akses, jadi tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token does not belong on the command line: shells keep commands in their history and other users can see a program&apos;s arguments. Start the wizard and paste the token on its Access token page.</source>
        <translation>Token tidak boleh diberikan lewat baris perintah: shell menyimpan perintah di riwayatnya dan pengguna lain dapat melihat argumen sebuah program. Jalankan wizard lalu tempel token di halaman Token akses.</translation>
    </message>
    <message>
        <source>Demo partner (sandbox)</source>
        <translation type="vanished">Partner demo (sandbox)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The partner profile &quot;%1&quot; is not used: %2</source>
        <translation>Profil partner &quot;%1&quot; tidak dipakai: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner profile &quot;%1&quot; is not used (field &quot;%2&quot;): %3</source>
        <translation>Profil partner &quot;%1&quot; tidak dipakai (kolom &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a local GoBiz sandbox with a demo merchant inside the wizard and use it.</source>
        <translation>Jalankan sandbox GoBiz lokal berisi merchant demo di dalam wizard, lalu gunakan sandbox itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where GoBiz is: production, sandbox or custom (with --base-url).</source>
        <translation>Lingkungan GoBiz: production, sandbox, atau custom (dengan --base-url).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API address for the custom environment (https, or http on this computer).</source>
        <translation>Alamat API untuk lingkungan custom (https, atau http di komputer ini).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The partner profile (JSON) that offers Sign in with GoBiz. Without it, partner.json in the configuration folders is used when there is one.</source>
        <translation>Profil partner (JSON) yang menawarkan Masuk dengan GoBiz. Tanpa opsi ini, partner.json di folder konfigurasi dipakai bila ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the wizard: en or id.</source>
        <translation>Bahasa wizard: en atau id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Links a merchant&apos;s GoBiz outlets to a facilitator partner, for GoFood and Payment. The access token comes from signing in, or is pasted into the wizard; it is never given here.</source>
        <translation>Menautkan outlet GoBiz milik merchant ke partner fasilitator, untuk GoFood dan Payment. Token akses didapat dengan masuk ke GoBiz, atau ditempel di wizard; tidak pernah diberikan di sini.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>See --help for the options.</source>
        <translation>Lihat --help untuk daftar opsi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The wizard takes no arguments besides its options (see --help). An access token is pasted into the wizard, never given here.</source>
        <translation>Wizard tidak menerima argumen selain opsinya (lihat --help). Token akses ditempel di dalam wizard, tidak pernah diberikan di sini.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Unknown environment &quot;%1&quot;: use production, sandbox or custom.</source>
        <translation>Lingkungan &quot;%1&quot; tidak dikenal: gunakan production, sandbox, atau custom.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The custom environment needs --base-url.</source>
        <translation>Lingkungan custom memerlukan --base-url.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>--base-url is only used with --environment custom.</source>
        <translation>--base-url hanya dipakai bersama --environment custom.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The demo server could not start: %1</source>
        <translation>Server demo tidak dapat dijalankan: %1</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../../app/api/Environment.cpp" line="+19"/>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoBiz sandbox</source>
        <translation>Sandbox GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (%1)</source>
        <translation>Kustom (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Built-in demo</source>
        <translation>Demo bawaan</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter the API address, for example https://api.gobiz.co.id.</source>
        <translation>Masukkan alamat API, misalnya https://api.gobiz.co.id.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the API&apos;s own path (%1) from the address: the wizard adds it itself.</source>
        <translation>Hapus path milik API (%1) dari alamat: wizard menambahkannya sendiri.</translation>
    </message>
    <message>
        <location filename="../../app/api/BaseUrlInput.cpp" line="-8"/>
        <location filename="../../app/api/Environment.cpp" line="-16"/>
        <source>&quot;%1&quot; is not a web address. Enter it like https://api.gobiz.co.id.</source>
        <translation>&quot;%1&quot; bukan alamat web. Tulis seperti https://api.gobiz.co.id.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../app/api/Environment.cpp" line="+4"/>
        <source>The address must start with https:// (found &quot;%1&quot;).</source>
        <translation>Alamat harus diawali https:// (tertulis &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../../app/api/Environment.cpp" line="+2"/>
        <source>Remove the user name and password from the address; the access token is sent separately.</source>
        <translation>Hapus nama pengguna dan kata sandi dari alamat; token akses dikirim terpisah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the part after &quot;?&quot; or &quot;#&quot; from the address.</source>
        <translation>Hapus bagian setelah &quot;?&quot; atau &quot;#&quot; dari alamat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http:// would send the merchant&apos;s access token unencrypted. Use https:// (http is only allowed for this computer, e.g. a local sandbox).</source>
        <translation>http:// biasa akan mengirim token akses merchant tanpa enkripsi. Gunakan https:// (http hanya diizinkan untuk komputer ini, misalnya sandbox lokal).</translation>
    </message>
</context>
<context>
    <name>ExternalIds</name>
    <message>
        <location filename="../../app/session/ExternalIds.cpp" line="+113"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Tanda kutip yang dibuka di baris %1 tidak pernah ditutup.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>File ini bukan teks UTF-8. Simpan ulang dari spreadsheet sebagai &quot;CSV UTF-8&quot;, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty.</source>
        <translation>File kosong.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file has a header but no rows.</source>
        <translation>File memiliki baris judul, tetapi tidak ada baris data.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Will be filled in</source>
        <translation>Akan diisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown outlet id: not one of this user&apos;s outlets</source>
        <translation>ID outlet tidak dikenal: bukan outlet milik pengguna ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: this outlet id appears on more than one row</source>
        <translation>Duplikat: ID outlet ini muncul di lebih dari satu baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: another outlet gets the same external id</source>
        <translation>Duplikat: outlet lain mendapat ID eksternal yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank outlet id</source>
        <translation>ID outlet kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank external id</source>
        <translation>ID eksternal kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as an earlier row: filled in once</source>
        <translation>Sama dengan baris sebelumnya: diisi sekali saja</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>A &quot;}&quot; at position %1 has no matching &quot;{&quot;. Write &quot;}}&quot; for a literal brace.</source>
        <translation>Tanda &quot;}&quot; di posisi %1 tidak punya pasangan &quot;{&quot;. Tulis &quot;}}&quot; untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The &quot;{&quot; at position %1 is never closed.</source>
        <translation>Tanda &quot;{&quot; di posisi %1 tidak pernah ditutup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;{%1}&quot; is not a number format: write {n:03} for three digits.</source>
        <translation>&quot;{%1}&quot; bukan format angka: tulis {n:03} untuk tiga digit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{%1}&quot; is not a placeholder. Use {n}, {n:03} or {id}.</source>
        <translation>&quot;{%1}&quot; bukan penanda yang dikenal. Gunakan {n}, {n:03}, atau {id}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a pattern, for example POS-{n:03} or {id}.</source>
        <translation>Masukkan pola, misalnya POS-{n:03} atau {id}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pattern gives every outlet the same external id. Add {n} or {id}.</source>
        <translation>Pola ini memberi semua outlet ID eksternal yang sama. Tambahkan {n} atau {id}.</translation>
    </message>
</context>
<context>
    <name>NetworkLogText</name>
    <message>
        <location filename="../../app/support/NetworkLogText.cpp" line="+23"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent: %1</source>
        <translation>Dikirim: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlet: %1 · product: %2 · attempt %3</source>
        <translation>Outlet: %1 · produk: %2 · percobaan %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID: %1</source>
        <translation>ID permintaan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoBiz&apos;s request ID: %1</source>
        <translation>ID permintaan GoBiz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time: %1 in all (send %2, wait %3, receive %4)</source>
        <translation>Waktu: %1 seluruhnya (kirim %2, tunggu %3, terima %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the wizard said: %1</source>
        <translation>Yang disampaikan wizard: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error: %1</source>
        <translation>Kesalahan jaringan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request headers</source>
        <translation>Header permintaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request body</source>
        <translation>Isi permintaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response headers</source>
        <translation>Header jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response body</source>
        <translation>Isi jawaban</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <location filename="../../app/session/NetworkSettings.cpp" line="+48"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Masukkan nama host atau alamat proksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the proxy&apos;s host name, without &quot;http://&quot;.</source>
        <translation>Masukkan nama host proksi saja, tanpa &quot;http://&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy host &quot;%1&quot; contains a character a host name cannot have.</source>
        <translation>Host proksi &quot;%1&quot; berisi karakter yang tidak boleh ada dalam nama host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535 (often 3128 or 8080 for HTTP, 1080 for SOCKS).</source>
        <translation>Masukkan port proksi, angka 1 sampai 65535 (biasanya 3128 atau 8080 untuk HTTP, 1080 untuk SOCKS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proxy password needs a user name.</source>
        <translation>Kata sandi proksi memerlukan nama pengguna.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the system&apos;s proxy settings</source>
        <translation>pengaturan proksi sistem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a direct connection (no proxy)</source>
        <translation>koneksi langsung (tanpa proksi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the HTTP proxy %1:%2</source>
        <translation>proksi HTTP %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SOCKS5 proxy %1:%2</source>
        <translation>proksi SOCKS5 %1:%2</translation>
    </message>
</context>
<context>
    <name>PartnerProfile</name>
    <message>
        <location filename="../../app/signin/PartnerProfile.cpp" line="+70"/>
        <source>The partner profile contains &quot;%1&quot;, which names a secret. A profile can be read by anyone who has the program, so it must hold no secret: remove the field (the partner&apos;s broker keeps secrets on its own server).</source>
        <translation>Profil partner berisi &quot;%1&quot;, yang menyebut sebuah rahasia. Profil dapat dibaca siapa pun yang memiliki program ini, jadi tidak boleh berisi rahasia: hapus kolom itu (broker partner menyimpan rahasia di servernya sendiri).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The value of &quot;%1&quot; looks like a token or password. A profile can be read by anyone who has the program, so it must hold no secret: ask your partner for a profile without it.</source>
        <translation>Nilai &quot;%1&quot; tampak seperti token atau kata sandi. Profil dapat dibaca siapa pun yang memiliki program ini, jadi tidak boleh berisi rahasia: minta profil tanpa nilai itu kepada partner Anda.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The partner profile has no &quot;%1&quot;. Add it as the partner guide shows, or ask your partner for a complete profile.</source>
        <translation>Profil partner tidak memiliki &quot;%1&quot;. Tambahkan seperti pada panduan partner, atau minta profil yang lengkap kepada partner Anda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner profile has a field &quot;%1&quot; that the wizard does not know. Check its spelling against the partner guide, or remove it.</source>
        <translation>Profil partner memiliki kolom &quot;%1&quot; yang tidak dikenal wizard. Periksa ejaannya dengan panduan partner, atau hapus kolom itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be an https:// address (http:// only for this computer: 127.0.0.1 or localhost), without a ? or # part.</source>
        <translation>&quot;%1&quot; harus berupa alamat https:// (http:// hanya untuk komputer ini: 127.0.0.1 atau localhost), tanpa bagian ? atau #.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The partner profile is larger than a profile can be (%1 KB at most). Check that the right file was given.</source>
        <translation>Profil partner lebih besar dari batas sebuah profil (paling banyak %1 KB). Periksa apakah berkas yang diberikan sudah benar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The partner profile is not valid JSON (%1 at character %2). Ask your partner for a corrected file.</source>
        <translation>Profil partner bukan JSON yang valid (%1 pada karakter %2). Minta berkas yang sudah diperbaiki kepada partner Anda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partner profile must be one JSON object, like {&quot;partner&quot;: &quot;…&quot;, …}. Ask your partner for a corrected file.</source>
        <translation>Profil partner harus berupa satu objek JSON, seperti {&quot;partner&quot;: &quot;…&quot;, …}. Minta berkas yang sudah diperbaiki kepada partner Anda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;partner&quot; must be the partner&apos;s name as text, 1 to 100 characters long.</source>
        <translation>&quot;partner&quot; harus berupa nama partner dalam bentuk teks, 1 sampai 100 karakter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;environment&quot; must be &quot;production&quot;, &quot;sandbox&quot; or the API&apos;s https:// address (http:// only for this computer).</source>
        <translation>&quot;environment&quot; harus &quot;production&quot;, &quot;sandbox&quot; atau alamat https:// API (http:// hanya untuk komputer ini).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;sign_in&quot; must be an object with a &quot;flow&quot; and its settings, as the partner guide shows.</source>
        <translation>&quot;sign_in&quot; harus berupa objek berisi &quot;flow&quot; dan pengaturannya, seperti pada panduan partner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;sign_in.client_id&quot; must be the client ID GoBiz issued, as text without spaces (at most 200 characters).</source>
        <translation>&quot;sign_in.client_id&quot; harus berupa client ID yang diterbitkan GoBiz, dalam bentuk teks tanpa spasi (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;sign_in.scopes&quot; must be a list of scopes without spaces that includes &quot;openid&quot;, for example [&quot;openid&quot;, &quot;offline&quot;, &quot;partner:outlet:read&quot;].</source>
        <translation>&quot;sign_in.scopes&quot; harus berupa daftar scope tanpa spasi yang memuat &quot;openid&quot;, misalnya [&quot;openid&quot;, &quot;offline&quot;, &quot;partner:outlet:read&quot;].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;sign_in.redirect_port&quot; must be a whole number from 0 to 65535 (0 means any free port).</source>
        <translation>&quot;sign_in.redirect_port&quot; harus berupa bilangan bulat dari 0 sampai 65535 (0 berarti port bebas mana saja).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;sign_in.flow&quot; must be &quot;broker&quot; or &quot;loopback-pkce&quot;.</source>
        <translation>&quot;sign_in.flow&quot; harus &quot;broker&quot; atau &quot;loopback-pkce&quot;.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The partner profile &quot;%1&quot; cannot be read: %2. Check the file name given with --partner-profile.</source>
        <translation>Profil partner &quot;%1&quot; tidak dapat dibaca: %2. Periksa nama berkas yang diberikan dengan --partner-profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no such file</source>
        <translation>berkas itu tidak ada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo partner (sandbox)</source>
        <translation>Partner demo (sandbox)</translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <location filename="../../app/store/RecoveryPlan.cpp" line="+14"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Link %1 for outlet %2 (external id %3), asked for %4: not sent yet</source>
        <translation>Tautkan %1 untuk outlet %2 (ID eksternal %3), diminta %4: belum dikirim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink %1 for outlet %2, asked for %3: not sent yet</source>
        <translation>Lepas tautan %1 untuk outlet %2, diminta %3: belum dikirim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link %1 for outlet %2 (external id %3), started %4: outcome unknown</source>
        <translation>Tautkan %1 untuk outlet %2 (ID eksternal %3), dimulai %4: hasilnya tidak diketahui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink %1 for outlet %2, started %3: outcome unknown</source>
        <translation>Lepas tautan %1 untuk outlet %2, dimulai %3: hasilnya tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n change(s) were asked for and not yet sent.</source>
        <translation>
            <numerusform>%n perubahan sudah diminta dan belum dikirim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) were sent, but the answer never arrived, so GoBiz may or may not have applied them.</source>
        <translation>
            <numerusform>%n perubahan sudah dikirim, tetapi jawabannya tidak pernah tiba, sehingga GoBiz mungkin sudah atau belum menerapkannya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resuming sends each one (again), which is safe; discarding leaves those outlets unknown.</source>
        <translation>Melanjutkan akan mengirim setiap perubahan (lagi), dan itu aman; membuangnya membuat status outlet tersebut tidak diketahui.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were interrupted when the wizard last stopped: the request was sent, but the answer never arrived, so GoBiz may or may not have applied it. Resuming sends each one again, which is safe; discarding leaves those outlets unknown.</source>
        <translation type="vanished">
            <numerusform>%n perubahan terputus saat wizard terakhir kali berhenti: permintaannya sudah dikirim, tetapi jawabannya tidak pernah tiba, sehingga GoBiz mungkin sudah atau belum menerapkannya. Melanjutkan akan mengirim ulang setiap perubahan, dan itu aman; membuangnya membuat status outlet tersebut tidak diketahui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <location filename="../../app/session/RunSummary.cpp" line="+17"/>
        <source>Linked</source>
        <translation>Tertaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked</source>
        <translation>Tautan dilepas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown (cancelled while GoBiz was answering)</source>
        <translation>Tidak diketahui (dibatalkan saat GoBiz sedang menjawab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopped before it was sent: nothing changed in GoBiz.</source>
        <translation>Dihentikan sebelum dikirim: tidak ada yang berubah di GoBiz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled after the request was sent; check this outlet again.</source>
        <translation>Dibatalkan setelah permintaan dikirim; periksa lagi outlet ini.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>link</source>
        <translation>penautan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlink</source>
        <translation>pelepasan tautan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <extracomment>a result and the change it was for, e.g. &quot;Failed (link)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be on: check in GoBiz</source>
        <translation>Mungkin aktif: periksa di GoBiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still on: unlinking does not switch it off</source>
        <translation>Masih aktif: melepas tautan tidak menonaktifkannya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked: %L1 · Unlinked: %L2 · Failed: %L3 · Unknown: %L4 · Not sent: %L5</source>
        <translation>Tertaut: %L1 · Tautan dilepas: %L2 · Gagal: %L3 · Tidak diketahui: %L4 · Tidak dikirim: %L5</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Reminder: %Ln outlet(s) were linked to GoFood in this run, and GoBiz switched their GoFood orders to Auto Accept (accepted automatically). Tell the merchant, and make sure the partner system handles incoming orders.</source>
        <translation>
            <numerusform>Pengingat: %Ln outlet ditautkan ke GoFood dalam proses ini, dan GoBiz mengubah penerimaan pesanan GoFood-nya menjadi Terima Otomatis (diterima secara otomatis). Beri tahu merchant, dan pastikan sistem mitra menangani pesanan yang masuk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of them are not linked now, but unlinking does not switch Auto Accept off: switch it back in GoBiz if the merchant wants to accept orders by hand.</source>
        <translation>
            <numerusform>%Ln di antaranya kini tidak tertaut, tetapi melepas tautan tidak menonaktifkan Terima Otomatis: ubah kembali di GoBiz jika merchant ingin menerima pesanan secara manual.</numerusform>
        </translation>
    </message>
    <message>
        <source>GoBiz outlet linking, %1, %2</source>
        <translation type="vanished">Penautan outlet GoBiz, %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/session/RunSummaryFormats.cpp" line="+156"/>
        <source>GoBiz outlet linking for %1, %2, %3</source>
        <translation>Penautan outlet GoBiz untuk %1, %2, %3</translation>
    </message>
    <message>
        <source>Linked: %1, unlinked: %2, failed: %3, unknown: %4</source>
        <translation type="vanished">Tertaut: %1, dilepas: %2, gagal: %3, tidak diketahui: %4</translation>
    </message>
    <message>
        <source>Reminder: outlets linked to GoFood now accept orders automatically (Auto Accept).</source>
        <translation type="vanished">Pengingat: outlet yang ditautkan ke GoFood kini menerima pesanan secara otomatis (Terima Otomatis).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet ID</source>
        <translation>ID outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External outlet ID</source>
        <translation>ID outlet eksternal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked at (GoBiz)</source>
        <translation>Waktu tertaut (GoBiz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier in this run</source>
        <translation>Sebelumnya dalam proses ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auto Accept</source>
        <translation>Terima Otomatis</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <location filename="../../app/signin/SignInError.cpp" line="+20"/>
        <source>Signing in was cancelled. Choose Sign in with GoBiz to start again.</source>
        <translation>Proses masuk dibatalkan. Pilih Masuk dengan GoBiz untuk memulai lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deny was chosen on the GoBiz page, so the wizard got no access. Sign in again and choose Allow to continue.</source>
        <translation>Tolak dipilih di halaman GoBiz, jadi wizard tidak mendapat akses. Masuk lagi dan pilih Izinkan untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in was not finished in time and has expired. Start signing in again and finish it in the browser without a long pause.</source>
        <translation>Proses masuk tidak selesai tepat waktu dan sudah kedaluwarsa. Mulai masuk lagi dan selesaikan di browser tanpa jeda lama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GoBiz has ended this sign-in (this happens after a sign-out or after about nine months). Sign in again with the merchant&apos;s phone number.</source>
        <translation>GoBiz telah mengakhiri sesi masuk ini (terjadi setelah keluar atau setelah sekitar sembilan bulan). Masuk lagi dengan nomor telepon merchant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wizard could not connect to %1. Check the internet connection and the proxy settings on the first page, then try again.</source>
        <translation>Wizard tidak dapat terhubung ke %1. Periksa koneksi internet dan pengaturan proxy di halaman pertama, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time. The connection may be slow or the proxy may be blocking it; try again in a moment.</source>
        <translation>%1 tidak menjawab tepat waktu. Koneksi mungkin lambat atau diblokir proxy; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed. Check that this computer&apos;s date and time are right and that no proxy is replacing certificates, then try again.</source>
        <translation>Koneksi aman ke %1 gagal. Periksa apakah tanggal dan jam komputer ini benar dan tidak ada proxy yang mengganti sertifikat, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 had a problem and could not sign you in. Try again in a few minutes; if it keeps happening, contact your partner.</source>
        <translation>%1 mengalami masalah dan tidak dapat memproses masuk. Coba lagi beberapa menit lagi; bila terus terjadi, hubungi partner Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered in a way the wizard does not understand. Check the address in the partner profile, or contact your partner.</source>
        <translation>%1 menjawab dengan cara yang tidak dipahami wizard. Periksa alamat di profil partner, atau hubungi partner Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 refused the sign-in request. The partner profile may be wrong or out of date; contact your partner.</source>
        <translation>%1 menolak permintaan masuk. Profil partner mungkin salah atau sudah usang; hubungi partner Anda.</translation>
    </message>
    <message>
        <source>The browser came back from a different sign-in than the one the wizard started. Close the old GoBiz tabs and sign in again.</source>
        <translation type="vanished">Browser kembali dari proses masuk yang berbeda dari yang dimulai wizard. Tutup tab GoBiz yang lama dan masuk lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wizard could not open the local port that receives the answer from the browser; another program may be using it. Close that program or restart the computer, then sign in again.</source>
        <translation>Wizard tidak dapat membuka port lokal yang menerima jawaban dari browser; mungkin sedang dipakai program lain. Tutup program itu atau nyalakan ulang komputer, lalu masuk lagi.</translation>
    </message>
</context>
<context>
    <name>TokenAdvice</name>
    <message>
        <source>Sign in to GoBiz again and paste the new token. If the token was issued for the GoBiz sandbox, go Back and choose Sandbox.</source>
        <translation type="vanished">Masuk lagi ke GoBiz dan tempel token yang baru. Jika token diterbitkan untuk sandbox GoBiz, klik Kembali lalu pilih Sandbox.</translation>
    </message>
    <message>
        <source>Sign in to GoBiz again and paste the new token. A token issued for another environment than %1 is refused too: go Back to check the environment.</source>
        <translation type="vanished">Masuk lagi ke GoBiz dan tempel token yang baru. Token yang diterbitkan untuk lingkungan selain %1 juga ditolak: klik Kembali untuk memeriksa lingkungan.</translation>
    </message>
    <message>
        <location filename="../../app/session/TokenAdvice.cpp" line="+26"/>
        <source>The address %1 does not look like the GoBiz partner API. Go Back and choose Production or Sandbox, or correct the custom address.</source>
        <translation>Alamat %1 tidak tampak seperti API mitra GoBiz. Klik Kembali lalu pilih Produksi atau Sandbox, atau perbaiki alamat kustom.</translation>
    </message>
    <message>
        <source>The wizard connects through %1. If this network needs a proxy, set it with Network settings on the first page; then Try again.</source>
        <translation type="vanished">Wizard terhubung melalui %1. Jika jaringan ini memerlukan proksi, atur lewat Pengaturan jaringan di halaman pertama, lalu klik Coba lagi.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the connection and the proxy (the wizard connects through %1).</source>
        <translation type="vanished">Coba lagi. Jika terus terjadi, periksa koneksi dan proksi (wizard terhubung melalui %1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The check was stopped and the token was not sent. Do not continue on this network; ask the network&apos;s administrator, or use another connection (for example a phone&apos;s hotspot).</source>
        <translation>Pemeriksaan dihentikan dan token tidak dikirim. Jangan lanjutkan di jaringan ini; hubungi administrator jaringan, atau gunakan koneksi lain (misalnya hotspot ponsel).</translation>
    </message>
    <message>
        <source>This is not a problem with the token. Try again in a few minutes.</source>
        <translation type="vanished">Ini bukan masalah token. Coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Check the environment on the first page and the proxy (the wizard connects through %1), then try again.</source>
        <translation type="vanished">Periksa lingkungan di halaman pertama dan proksi (wizard terhubung melalui %1), lalu coba lagi.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This is not a problem with the token.</source>
        <translation>Ini bukan masalah token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A token issued for another environment than %1 is refused too: go Back to check the environment.</source>
        <translation>Token yang diterbitkan untuk lingkungan selain %1 juga ditolak: klik Kembali untuk memeriksa lingkungan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The wizard connects through %1. If this network needs a proxy, set it with Network settings on the first page.</source>
        <translation>Wizard terhubung melalui %1. Jika jaringan ini memerlukan proksi, atur lewat Pengaturan jaringan di halaman pertama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, check the connection and the proxy (the wizard connects through %1).</source>
        <translation>Jika terus terjadi, periksa koneksi dan proksi (wizard terhubung melalui %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the environment on the first page too (the wizard connects through %1).</source>
        <translation>Periksa juga lingkungan di halaman pertama (wizard terhubung melalui %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with a GoBiz user who is the owner, an admin or a manager of the outlets.</source>
        <translation>Masuk dengan pengguna GoBiz yang menjadi pemilik, admin, atau manajer outlet tersebut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go Back and check the environment.</source>
        <translation>Klik Kembali dan periksa lingkungan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>If the token was issued for the GoBiz sandbox, go Back and choose Sandbox.</source>
        <translation>Jika token diterbitkan untuk sandbox GoBiz, klik Kembali lalu pilih Sandbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request ID for GoBiz support: %1</source>
        <translation>ID permintaan untuk dukungan GoBiz: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This GoBiz user&apos;s roles (%1) may not link outlets: GoBiz allows only the owner, admin and manager roles. Requests will most likely be refused. Sign in as the outlet&apos;s owner, an admin or a manager.</source>
        <translation>Peran pengguna GoBiz ini (%1) tidak boleh menautkan outlet: GoBiz hanya mengizinkan peran pemilik, admin, dan manajer. Permintaan kemungkinan besar akan ditolak. Masuklah sebagai pemilik, admin, atau manajer outlet.</translation>
    </message>
</context>
<context>
    <name>gobiz::DemoServer</name>
    <message>
        <location filename="../../app/session/DemoServer.cpp" line="+30"/>
        <source>the demo module (gobiz-demo) is not installed: %1</source>
        <translation>modul demo (gobiz-demo) tidak terpasang: %1</translation>
    </message>
</context>
<context>
    <name>gobiz::GoBizClient</name>
    <message>
        <location filename="../../app/api/GoBizClient.cpp" line="+107"/>
        <source>The outlet id &quot;%1&quot; cannot be used in a web address, so it was not sent. Contact GoBiz support about this outlet.</source>
        <translation>ID outlet &quot;%1&quot; tidak dapat dipakai dalam alamat web, jadi tidak dikirim. Hubungi dukungan GoBiz tentang outlet ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No access token was given.</source>
        <translation>Token akses tidak diberikan.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The outlet has no id, so it cannot be linked.</source>
        <translation>Outlet ini tidak memiliki ID, jadi tidak dapat ditautkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the partner&apos;s external outlet ID before linking: GoBiz requires it.</source>
        <translation>Isi ID outlet eksternal dari mitra sebelum menautkan: GoBiz mewajibkannya.</translation>
    </message>
</context>
<context>
    <name>gobiz::JournalBinding</name>
    <message>
        <source>The link journal is closed, so nothing can be sent.</source>
        <translation type="vanished">Jurnal tautan sudah ditutup, jadi tidak ada yang dapat dikirim.</translation>
    </message>
</context>
<context>
    <name>gobiz::LinkEngine</name>
    <message>
        <location filename="../../app/ops/PauseMessages.cpp" line="+13"/>
        <source>A request failed. Check the internet connection, then continue; nothing waiting was lost.</source>
        <translation>Sebuah permintaan gagal. Periksa koneksi internet, lalu lanjutkan; permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requests in a row failed. Check the internet connection, then continue; nothing waiting was lost.</source>
        <translation>%1 permintaan berturut-turut gagal. Periksa koneksi internet, lalu lanjutkan; permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>about %1 minutes</source>
        <translation>sekitar %1 menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 detik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 detik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoBiz asked us to wait %1 before sending more. Try again after %2; nothing waiting was lost.</source>
        <translation>GoBiz meminta kita menunggu %1 sebelum mengirim lagi. Coba lagi setelah %2; permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GoBiz no longer accepts the access token. Sign in again and give a new token; nothing waiting was lost.</source>
        <translation>GoBiz tidak lagi menerima token akses. Masuk lagi dan berikan token baru; permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location filename="../../app/ops/LinkEngine.cpp" line="+238"/>
        <source>Enter the partner&apos;s external outlet ID before linking: GoBiz requires it for every linked outlet.</source>
        <translation>Isi ID outlet eksternal dari mitra sebelum menautkan: GoBiz mewajibkannya untuk setiap outlet yang ditautkan.</translation>
    </message>
    <message>
        <location filename="../../app/ops/PauseMessages.cpp" line="+6"/>
        <source>Paused. Requests already sent finish; continue to send the rest.</source>
        <translation>Dijeda. Permintaan yang sudah dikirim tetap diselesaikan; lanjutkan untuk mengirim sisanya.</translation>
    </message>
</context>
<context>
    <name>gobiz::LinkJournal</name>
    <message>
        <location filename="../../app/store/JournalEntry.cpp" line="+107"/>
        <source>never changed from this computer</source>
        <translation>belum pernah diubah dari komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed %1 on this computer</source>
        <translation>dikonfirmasi %1 di komputer ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; a later link was interrupted, GoBiz may or may not have applied it</source>
        <translation>; penautan sesudahnya terputus, GoBiz mungkin sudah atau belum menerapkannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; a later unlink was interrupted, GoBiz may or may not have applied it</source>
        <translation>; pelepasan tautan sesudahnya terputus, GoBiz mungkin sudah atau belum menerapkannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; a later link was refused: %1</source>
        <translation>; penautan sesudahnya ditolak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; a later unlink was refused: %1</source>
        <translation>; pelepasan tautan sesudahnya ditolak: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>linked</source>
        <translation>tertaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not linked</source>
        <translation>tidak tertaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/store/LinkJournal.cpp" line="+115"/>
        <source>The link journal was damaged, so it was set aside as %1 (kept, not deleted) and a new journal was started. Link states confirmed before now show as unknown until they are changed again.</source>
        <translation>Jurnal tautan rusak, jadi disisihkan sebagai %1 (disimpan, tidak dihapus) dan jurnal baru dimulai. Status tautan yang dikonfirmasi sebelumnya kini tampil sebagai tidak diketahui sampai diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../app/store/JournalFile.cpp" line="+103"/>
        <source>The folder for the link journal, %1, cannot be created. Nothing can be sent until every change can be recorded; choose another location or fix the folder.</source>
        <translation>Folder untuk jurnal tautan, %1, tidak dapat dibuat. Tidak ada yang dapat dikirim sampai setiap perubahan dapat dicatat; pilih lokasi lain atau perbaiki folder tersebut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>gobiz-outlets is running on this computer (process %1) with the same link journal. Wait until it ends, or stop it with Ctrl-C: two programs would mix their records, so this one sends nothing.</source>
        <translation>gobiz-outlets sedang berjalan di komputer ini (proses %1) dengan jurnal tautan yang sama. Tunggu sampai selesai, atau hentikan dengan Ctrl-C: dua program akan mencampur catatannya, jadi program ini tidak mengirim apa pun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is open on this computer (process %1) with the same link journal. Close it first: two programs would mix their records, so this one sends nothing.</source>
        <translation>Wizard sedang terbuka di komputer ini (proses %1) dengan jurnal tautan yang sama. Tutup dulu: dua program akan mencampur catatannya, jadi program ini tidak mengirim apa pun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard is already open in another window on this computer, using the same link journal. Use that window: two windows would mix their records, so this one sends nothing.</source>
        <translation>Wizard sudah terbuka di jendela lain di komputer ini, dengan jurnal tautan yang sama. Gunakan jendela itu: dua jendela akan mencampur catatannya, jadi jendela ini tidak mengirim apa pun.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The link journal %1 was written by a newer version of this wizard (schema %2; this version knows up to %3). Update the wizard: nothing can be sent until every change can be recorded.</source>
        <translation>Jurnal tautan %1 ditulis oleh versi wizard yang lebih baru (skema %2; versi ini hanya mengenal sampai %3). Perbarui wizard: tidak ada yang dapat dikirim sampai setiap perubahan dapat dicatat.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The link journal %1 is locked by another program, probably another window of this wizard. Close it and try again; nothing was sent.</source>
        <translation>Jurnal tautan %1 dikunci oleh program lain, kemungkinan jendela lain dari wizard ini. Tutup program itu lalu coba lagi; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk that holds the link journal (%1) is full. Nothing was sent, because every change must be recorded first: free some space and try again.</source>
        <translation>Disk tempat jurnal tautan (%1) penuh. Tidak ada yang dikirim, karena setiap perubahan harus dicatat lebih dulu: kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link journal %1 is damaged. Nothing was sent; restart the wizard to set it aside and start a new one.</source>
        <translation>Jurnal tautan %1 rusak. Tidak ada yang dikirim; jalankan ulang wizard untuk menyisihkannya dan memulai jurnal baru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link journal %1 cannot be written: the file or its folder is read-only. Nothing was sent, because every change must be recorded first: make the folder writable or choose another location.</source>
        <translation>Jurnal tautan %1 tidak dapat ditulis: file atau foldernya hanya-baca. Tidak ada yang dikirim, karena setiap perubahan harus dicatat lebih dulu: buat folder itu dapat ditulisi atau pilih lokasi lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link journal %1 cannot be opened. Nothing was sent, because every change must be recorded first: check that the folder exists and is writable.</source>
        <translation>Jurnal tautan %1 tidak dapat dibuka. Tidak ada yang dikirim, karena setiap perubahan harus dicatat lebih dulu: pastikan foldernya ada dan dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link journal %1 cannot be written (SQLite error %2). Nothing was sent, because every change must be recorded first.</source>
        <translation>Jurnal tautan %1 tidak dapat ditulis (galat SQLite %2). Tidak ada yang dikirim, karena setiap perubahan harus dicatat lebih dulu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The link journal %1 is damaged and could not be set aside. Nothing can be sent until every change can be recorded: move the file away and restart the wizard.</source>
        <translation>Jurnal tautan %1 rusak dan tidak dapat disisihkan. Tidak ada yang dapat dikirim sampai setiap perubahan dapat dicatat: pindahkan file tersebut lalu jalankan ulang wizard.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>The link journal is not open. Nothing was sent, because every change must be recorded first.</source>
        <translation>Jurnal tautan tidak terbuka. Tidak ada yang dikirim, karena setiap perubahan harus dicatat lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../app/store/LinkJournal.cpp" line="+14"/>
        <source>The link journal cannot record this change, so it was not sent.</source>
        <translation>Jurnal tautan tidak dapat mencatat perubahan ini, jadi perubahan tidak dikirim.</translation>
    </message>
</context>
<context>
    <name>gobiz::LinkRun</name>
    <message>
        <location filename="../../app/session/LinkRun.cpp" line="+184"/>
        <source>Linking is not available yet: sign in first.</source>
        <translation>Penautan belum tersedia: masuk terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The link journal cannot record these changes, so none of them was sent.</source>
        <translation>Jurnal tautan tidak dapat mencatat perubahan ini, jadi tidak ada satu pun yang dikirim.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s external outlet ID for this outlet before linking it: GoBiz requires it.</source>
        <translation type="vanished">Isi ID outlet eksternal dari mitra untuk outlet ini sebelum menautkannya: GoBiz mewajibkannya.</translation>
    </message>
</context>
<context>
    <name>gobiz::LoopbackReceiver</name>
    <message>
        <location filename="../../app/signin/LoopbackReceiver.cpp" line="+220"/>
        <source>You are signed in</source>
        <translation>Anda sudah masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard has received the sign-in. Close this tab and go back to the wizard.</source>
        <translation>Wizard sudah menerima proses masuk. Tutup tab ini dan kembali ke wizard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access was not allowed</source>
        <translation>Akses tidak diizinkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny was chosen, so the wizard got no access. Go back to the wizard to sign in again.</source>
        <translation>Tolak dipilih, jadi wizard tidak mendapat akses. Kembali ke wizard untuk masuk lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in did not finish</source>
        <translation>Proses masuk tidak selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard could not complete the sign-in. Go back to the wizard: it says what went wrong and how to try again.</source>
        <translation>Wizard tidak dapat menyelesaikan proses masuk. Kembali ke wizard: di sana tertulis apa yang salah dan cara mencoba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sign-in page is out of date</source>
        <translation>Halaman masuk ini sudah usang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This page belongs to another sign-in than the one the wizard is waiting for. Close this tab and use the newest GoBiz page the wizard opened.</source>
        <translation>Halaman ini milik proses masuk lain, bukan yang sedang ditunggu wizard. Tutup tab ini dan gunakan halaman GoBiz terbaru yang dibuka wizard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sign-in has expired</source>
        <translation>Proses masuk ini sudah kedaluwarsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard stopped waiting for this sign-in. Go back to the wizard and sign in again.</source>
        <translation>Wizard berhenti menunggu proses masuk ini. Kembali ke wizard dan masuk lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing here</source>
        <translation>Tidak ada apa-apa di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address only receives the answer of a GoBiz sign-in.</source>
        <translation>Alamat ini hanya menerima jawaban dari proses masuk GoBiz.</translation>
    </message>
</context>
<context>
    <name>gobiz::NetworkLog</name>
    <message>
        <location filename="../../app/support/NetworkLog.cpp" line="+76"/>
        <source>waiting…</source>
        <translation>menunggu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>ID permintaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>gobiz::OutletModel</name>
    <message>
        <location filename="../../app/model/CellDisplay.cpp" line="+38"/>
        <source>Linked since %1 (GoBiz).</source>
        <translation>Tertaut sejak %1 (GoBiz).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked.</source>
        <translation>Tertaut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trying again: %1</source>
        <translation>Mencoba lagi: %1</translation>
    </message>
    <message>
        <location filename="../../app/model/OutletModel.cpp" line="+62"/>
        <source>GoBiz lists no name for outlet ID %1.</source>
        <translation>GoBiz tidak mencantumkan nama untuk ID outlet %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The first outlet GoBiz lists is this user&apos;s primary outlet.</source>
        <translation>Outlet pertama dalam daftar GoBiz adalah outlet utama pengguna ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own ID for this outlet. GoBiz requires it before the outlet can be linked.</source>
        <translation>ID milik Anda sendiri untuk outlet ini. GoBiz mewajibkannya sebelum outlet dapat ditautkan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet ID</source>
        <translation>ID outlet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External outlet ID</source>
        <translation>ID outlet eksternal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own (point of sale) ID for the outlet, sent to GoBiz when linking.</source>
        <translation>ID outlet di sistem Anda sendiri (POS/kasir), dikirim ke GoBiz saat menautkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked for GoFood orders. Check to link, uncheck to unlink.</source>
        <translation>Tertaut untuk pesanan GoFood. Centang untuk menautkan, hapus centang untuk melepas tautan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked for GoBiz payments. Check to link, uncheck to unlink.</source>
        <translation>Tertaut untuk pembayaran GoBiz. Centang untuk menautkan, hapus centang untuk melepas tautan.</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped before it was sent.</source>
        <translation>Dihentikan sebelum dikirim.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s external outlet ID for this outlet before linking it: GoBiz requires it.</source>
        <translation type="vanished">Isi ID outlet eksternal dari mitra untuk outlet ini sebelum menautkannya: GoBiz mewajibkannya.</translation>
    </message>
    <message>
        <source>Linking is not available yet: sign in first.</source>
        <translation type="vanished">Penautan belum tersedia: masuk terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../app/model/CellDisplay.cpp" line="-12"/>
        <source>Not sent: GoBiz received nothing. %1</source>
        <translation>Tidak dikirim: GoBiz tidak menerima apa pun. %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked</source>
        <translation>Tidak tertaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking…</source>
        <translation>Menautkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked</source>
        <translation>Tertaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlinking…</source>
        <translation>Melepas tautan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <location filename="../../app/model/OutletModel.cpp" line="-27"/>
        <source>Confirmed %1 on this computer.</source>
        <translation>Dikonfirmasi %1 di komputer ini.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled after the request was sent, so GoBiz may or may not have applied it.</source>
        <translation>Dibatalkan setelah permintaan dikirim, jadi GoBiz mungkin sudah atau belum menerapkannya.</translation>
    </message>
</context>
<context>
    <name>gobiz::SupportDesk</name>
    <message>
        <location filename="../../app/session/SupportDesk.cpp" line="+41"/>
        <source>Could not write %1: %2. Choose another folder, or free some space, and save again.</source>
        <translation>Tidak dapat menulis %1: %2. Pilih folder lain, atau kosongkan sebagian ruang, lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Could not make the diagnostics bundle: %1</source>
        <translation>Tidak dapat membuat bundel diagnostik: %1</translation>
    </message>
</context>
<context>
    <name>gobiz::TokenSession</name>
    <message>
        <location filename="../../app/session/TokenSession.cpp" line="+51"/>
        <source>Remembered tokens are not available on this computer.</source>
        <translation>Fitur mengingat token tidak tersedia di komputer ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This remembered token belongs to another environment. Go Back and choose the environment it was remembered for.</source>
        <translation>Token yang diingat ini milik lingkungan lain. Klik Kembali lalu pilih lingkungan tempat token ini diingat.</translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Sign in again with the phone number of %1&apos;s account, or paste a token for %1.</source>
        <translation>
            <numerusform>Token ini milik akun GoBiz lain: token ini tidak dapat menjangkau %n dari outlet yang masih menunggu. Masuk lagi dengan nomor telepon akun %1, atau tempel token untuk %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</source>
        <translation type="vanished">
            <numerusform>Token ini milik akun GoBiz lain: token ini tidak dapat menjangkau %n dari outlet yang masih menunggu. Tempel token baru untuk %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This token is no longer remembered on this computer. Paste the token instead.</source>
        <translation>Token ini tidak lagi diingat di komputer ini. Tempel tokennya sebagai gantinya.</translation>
    </message>
</context>
<context>
    <name>gobiz::TokenStore</name>
    <message>
        <location filename="../../app/store/TokenStore.cpp" line="+167"/>
        <source>%1 · %2</source>
        <extracomment>Label of a remembered token: primary outlet name, then the environment</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Could not remember the token: no system keychain is available on this computer. You can continue; the token is kept for this session only.</source>
        <translation>Token tidak dapat diingat: tidak ada keychain sistem di komputer ini. Anda tetap dapat melanjutkan; token hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remember the token: the system keychain is locked or access to it was refused. You can continue; the token is kept for this session only.</source>
        <translation>Token tidak dapat diingat: keychain sistem terkunci atau aksesnya ditolak. Anda tetap dapat melanjutkan; token hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not remember the token: the system keychain reported a problem. You can continue; the token is kept for this session only.</source>
        <translation>Token tidak dapat diingat: keychain sistem melaporkan masalah. Anda tetap dapat melanjutkan; token hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No token is remembered for this merchant on this computer. Paste the access token.</source>
        <translation>Tidak ada token yang diingat untuk merchant ini di komputer ini. Tempel token akses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the remembered token: no system keychain is available on this computer. Paste the access token instead.</source>
        <translation>Token yang diingat tidak dapat dibaca: tidak ada keychain sistem di komputer ini. Tempel token akses sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the remembered token: the system keychain is locked or access to it was refused. Unlock it and try again, or paste the access token instead.</source>
        <translation>Token yang diingat tidak dapat dibaca: keychain sistem terkunci atau aksesnya ditolak. Buka kuncinya lalu coba lagi, atau tempel token akses sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the remembered token: the system keychain reported a problem. Paste the access token instead.</source>
        <translation>Token yang diingat tidak dapat dibaca: keychain sistem melaporkan masalah. Tempel token akses sebagai gantinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That token was not remembered on this computer, so there was nothing to forget.</source>
        <translation>Token itu tidak diingat di komputer ini, jadi tidak ada yang perlu dihapus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not forget the token: no system keychain is available on this computer.</source>
        <translation>Token tidak dapat dihapus: tidak ada keychain sistem di komputer ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not forget the token: the system keychain is locked or access to it was refused. Unlock it and try again.</source>
        <translation>Token tidak dapat dihapus: keychain sistem terkunci atau aksesnya ditolak. Buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not forget the token: the system keychain reported a problem. Try again, or remove it with your system&apos;s password manager.</source>
        <translation>Token tidak dapat dihapus: keychain sistem melaporkan masalah. Coba lagi, atau hapus lewat pengelola kata sandi di sistem Anda.</translation>
    </message>
</context>
<context>
    <name>gobiz::WizardController</name>
    <message>
        <source>Remembered tokens are not available on this computer.</source>
        <translation type="vanished">Fitur mengingat token tidak tersedia di komputer ini.</translation>
    </message>
    <message>
        <source>This token is no longer remembered on this computer. Paste the token instead.</source>
        <translation type="vanished">Token ini tidak lagi diingat di komputer ini. Tempel tokennya sebagai gantinya.</translation>
    </message>
    <message numerus="yes">
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</source>
        <translation type="vanished">
            <numerusform>Token ini milik akun GoBiz lain: token ini tidak dapat menjangkau %n dari outlet yang masih menunggu. Tempel token baru untuk %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/ReportWriter.cpp" line="+46"/>
        <source>Could not write the report to %1: %2</source>
        <translation>Laporan tidak dapat ditulis ke %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/session/WizardController.cpp" line="+414"/>
        <source>The link journal is not open, so nothing can be sent: every change must be recorded first.</source>
        <translation>Jurnal tautan tidak terbuka, jadi tidak ada yang dapat dikirim: setiap perubahan harus dicatat lebih dulu.</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n penautan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unlink(s)</source>
        <translation>
            <numerusform>%n pelepasan tautan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/WizardSignIn.cpp" line="+24"/>
        <source>This remembered sign-in needs the partner profile it was made with. Sign in again, or paste a token.</source>
        <translation>Sesi masuk yang diingat ini memerlukan profil partner tempat sesi itu dibuat. Masuk lagi, atau tempel token.</translation>
    </message>
</context>
<context>
    <name>gobiz::cli::Cli</name>
    <message>
        <location filename="../../app/cli/CliChanges.cpp" line="+30"/>
        <source>Nothing was sent. gobiz-outlets outlets lists them.</source>
        <translation>Tidak ada yang dikirim. gobiz-outlets outlets menampilkan daftarnya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the plan cannot be read: %2</source>
        <translation>%1: rencana tidak dapat dibaca: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Dry run: %n change(s) would be sent</source>
        <translation>
            <numerusform>Uji coba: %n perubahan akan dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be refused.</source>
        <translation>
            <numerusform>%n baris akan ditolak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was sent: fix the %n row(s) above, or try the plan with --dry-run.</source>
        <translation>
            <numerusform>Tidak ada yang dikirim: perbaiki %n baris di atas, atau coba rencananya dengan --dry-run.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to resume: the journal holds no unfinished change for %1.</source>
        <translation>Tidak ada yang perlu dilanjutkan: jurnal tidak menyimpan perubahan yang belum selesai untuk %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>A link needs the partner&apos;s external outlet id, and %n outlet(s) have none: %1. Give it with --external-id, or use apply with a plan. Nothing was sent.</source>
        <translation>
            <numerusform>Penautan memerlukan ID outlet eksternal partner, dan %n outlet tidak memilikinya: %1. Berikan dengan --external-id, atau gunakan apply dengan sebuah rencana. Tidak ada yang dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing was sent. Run again with --yes to confirm, or on a terminal to answer.</source>
        <translation>Tidak ada yang dikirim. Jalankan lagi dengan --yes untuk mengonfirmasi, atau di terminal untuk menjawab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sign-in was renewed.</source>
        <translation>Sesi masuk sudah diperbarui.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Mengirim %n perubahan…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A change failed: stopping (--stop-on-error).</source>
        <translation>Sebuah perubahan gagal: berhenti (--stop-on-error).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GoBiz no longer accepts this token. Run gobiz-outlets resume with a new one; nothing asked for is lost.</source>
        <translation>GoBiz tidak lagi menerima token ini. Jalankan gobiz-outlets resume dengan token baru; tidak ada permintaan yang hilang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interrupted. Nothing was sent.</source>
        <translation>Dihentikan. Tidak ada yang dikirim.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopping: nothing more is sent; waiting for the %n request(s) on their way (Ctrl-C again stops waiting).</source>
        <translation>
            <numerusform>Berhenti: tidak ada lagi yang dikirim; menunggu %n permintaan yang sedang berjalan (Ctrl-C sekali lagi berhenti menunggu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n change(s) not sent stay planned in the journal. Run gobiz-outlets resume to complete them.</source>
        <translation>
            <numerusform>%n perubahan yang belum terkirim tetap direncanakan di jurnal. Jalankan gobiz-outlets resume untuk menyelesaikannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s) were still on their way when waiting stopped: GoBiz may or may not have applied them (unknown in the results). Run the same command again to send them.</source>
        <translation>
            <numerusform>%n permintaan masih dalam perjalanan saat penantian dihentikan: GoBiz mungkin sudah atau belum menerapkannya (tidak diketahui dalam hasil). Jalankan perintah yang sama lagi untuk mengirimnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CliCommand.cpp" line="+42"/>
        <source>See gobiz-outlets --help.</source>
        <translation>Lihat gobiz-outlets --help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See gobiz-outlets %1 --help.</source>
        <translation>Lihat gobiz-outlets %1 --help.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A token does not belong on the command line: shells keep commands in their history and other users can see a program&apos;s arguments. Give it on standard input with --token-stdin, in the GOBIZ_TOKEN environment variable, or sign in with gobiz-outlets login.</source>
        <translation>Token tidak boleh diberikan lewat baris perintah: shell menyimpan perintah di riwayatnya dan pengguna lain dapat melihat argumen sebuah program. Berikan lewat input standar dengan --token-stdin, di variabel lingkungan GOBIZ_TOKEN, atau masuk dengan gobiz-outlets login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An argument looks like an access token, so it is not shown here.</source>
        <translation>Sebuah argumen tampak seperti token akses, jadi tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value given to %1 looks like an access token, so it is not shown here.</source>
        <translation>Nilai yang diberikan untuk %1 tampak seperti token akses, jadi tidak ditampilkan di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An access token is never accepted as an option.</source>
        <translation>Token akses tidak pernah diterima sebagai opsi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to do: outlets, link, unlink, apply, status, resume, report, login or logout.</source>
        <translation>Sebutkan yang harus dilakukan: outlets, link, unlink, apply, status, resume, report, login, atau logout.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not take --%2.</source>
        <translation>%1 tidak menerima --%2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use either --token-stdin or --account, not both.</source>
        <translation>Gunakan --token-stdin atau --account, jangan keduanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of --json and --csv.</source>
        <translation>Pilih salah satu dari --json dan --csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown report format &quot;%1&quot;: use --format csv or --format json.</source>
        <translation>Format laporan &quot;%1&quot; tidak dikenal: gunakan --format csv atau --format json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--concurrency takes a number from 1 to 16.</source>
        <translation>--concurrency menerima angka 1 sampai 16.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs --product gofood or --product payment.</source>
        <translation>%1 memerlukan --product gofood atau --product payment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown product &quot;%1&quot;: use gofood or payment.</source>
        <translation>Produk &quot;%1&quot; tidak dikenal: gunakan gofood atau payment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs one or more outlet ids.</source>
        <translation>%1 memerlukan satu ID outlet atau lebih.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--external-id names the partner&apos;s id of one outlet: give one outlet id with it, or use apply with a plan.</source>
        <translation>--external-id menyebut ID partner untuk satu outlet: berikan satu ID outlet bersamanya, atau gunakan apply dengan sebuah rencana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>apply needs one plan file (CSV).</source>
        <translation>apply memerlukan satu berkas rencana (CSV).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 takes no further arguments.</source>
        <translation>%1 tidak menerima argumen lain.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliHelp.cpp" line="+10"/>
        <source>Options for every command:
  --environment NAME     production, sandbox or custom (default: the wizard&apos;s last)
  --base-url URL         the API address for --environment custom
  --partner-profile FILE the partner profile (JSON) for login
  --lang en|id           language of messages
  --proxy PROXY          system, none, http://HOST:PORT or socks5://HOST:PORT
  --journal FILE         the link journal (default: the wizard&apos;s)
  --token-stdin          read the access token from standard input
  --account KEY          use this remembered sign-in or token (see status)
  --help, --version
</source>
        <translation>Opsi untuk setiap perintah:
  --environment NAME     production, sandbox, atau custom (bawaan: yang terakhir dipakai wizard)
  --base-url URL         alamat API untuk --environment custom
  --partner-profile FILE profil partner (JSON) untuk login
  --lang en|id           bahasa pesan
  --proxy PROXY          system, none, http://HOST:PORT, atau socks5://HOST:PORT
  --journal FILE         jurnal tautan (bawaan: milik wizard)
  --token-stdin          baca token akses dari input standar
  --account KEY          gunakan sesi masuk atau token yang diingat ini (lihat status)
  --help, --version
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The access token never goes on the command line. It comes from standard input
(--token-stdin), the GOBIZ_TOKEN environment variable, the keychain entry the wizard
or gobiz-outlets login remembered (--account KEY, or the only one), in that order.
</source>
        <translation>Token akses tidak pernah diberikan lewat baris perintah. Token diambil dari input standar
(--token-stdin), variabel lingkungan GOBIZ_TOKEN, atau entri keychain yang diingat wizard
atau gobiz-outlets login (--account KEY, atau satu-satunya), dengan urutan itu.
</translation>
    </message>
    <message>
        <source>Exit status:
  0    all done
  1    failed: nothing asked for was done
  2    usage or bad input (an option, a plan row: FILE:LINE); nothing was sent
  3    partly done: some changes failed or were refused
  4    sign-in needed: no token, or GoBiz refused it (401)
  5    the link journal cannot be written (or the wizard has it open)
  130  interrupted (Ctrl-C): what was sent is recorded; run resume for the rest
</source>
        <translation type="vanished">Status keluar:
  0    semua selesai
  1    gagal: tidak ada permintaan yang terlaksana
  2    penggunaan atau input salah (opsi, baris rencana: FILE:LINE); tidak ada yang dikirim
  3    sebagian selesai: beberapa perubahan gagal atau ditolak
  4    perlu masuk: tidak ada token, atau GoBiz menolaknya (401)
  5    jurnal tautan tidak dapat ditulis (atau sedang dibuka wizard)
  130  dihentikan (Ctrl-C): yang terkirim sudah dicatat; jalankan resume untuk sisanya
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit status:
  0    all done
  1    failed: nothing asked for was done
  2    usage or bad input (an option, a plan row: FILE:LINE); nothing was sent
  3    partly done: some changes failed or were refused
  4    sign-in needed: no token, or GoBiz refused it (401)
  5    the link journal cannot be written (or the wizard has it open)
  130  interrupted (Ctrl-C): what was sent is recorded; run resume for the rest
       (a second Ctrl-C stops waiting for the requests on their way)
</source>
        <translation>Status keluar:
  0    semua selesai
  1    gagal: tidak ada permintaan yang terlaksana
  2    penggunaan atau input salah (opsi, baris rencana: FILE:LINE); tidak ada yang dikirim
  3    sebagian selesai: beberapa perubahan gagal atau ditolak
  4    perlu masuk: tidak ada token, atau GoBiz menolaknya (401)
  5    jurnal tautan tidak dapat ditulis (atau sedang dibuka wizard)
  130  dihentikan (Ctrl-C): yang terkirim sudah dicatat; jalankan resume untuk sisanya
       (Ctrl-C kedua berhenti menunggu permintaan yang sedang berjalan)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: gobiz-outlets outlets [--json|--csv]

The merchant&apos;s outlets: roles, primary outlet, external ids and what this
computer saw GoBiz confirm (GoBiz has no API to read link state).
</source>
        <translation>Penggunaan: gobiz-outlets outlets [--json|--csv]

Outlet merchant: peran, outlet utama, ID eksternal, dan apa yang dilihat
komputer ini dikonfirmasi GoBiz (GoBiz tidak punya API untuk membaca status tautan).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: gobiz-outlets link OUTLET... --product gofood|payment [--external-id ID] [--yes]

Links the outlets. A link needs the partner&apos;s external outlet id: given
with --external-id (one outlet), or the one the journal keeps. The first
GoFood link switches the outlet to Auto Accept: confirm it with --yes,
or answer the question on a terminal.
  --concurrency N  requests in flight (1-16, default 4)
  --stop-on-error  stop sending at the first failure
  --json, --csv    the results for machines
</source>
        <translation>Penggunaan: gobiz-outlets link OUTLET... --product gofood|payment [--external-id ID] [--yes]

Menautkan outlet. Penautan memerlukan ID outlet eksternal partner: diberikan
dengan --external-id (satu outlet), atau yang disimpan jurnal. Tautan GoFood
pertama mengubah outlet ke Terima Otomatis: konfirmasi dengan --yes,
atau jawab pertanyaannya di terminal.
  --concurrency N  permintaan yang berjalan bersamaan (1-16, bawaan 4)
  --stop-on-error  berhenti mengirim pada kegagalan pertama
  --json, --csv    hasil untuk mesin
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: gobiz-outlets unlink OUTLET... --product gofood|payment [--yes]

Unlinks the outlets (confirmed with --yes or on a terminal). Unlinking
does not switch Auto Accept off.
  --concurrency N, --stop-on-error, --json, --csv as for link
</source>
        <translation>Penggunaan: gobiz-outlets unlink OUTLET... --product gofood|payment [--yes]

Melepas tautan outlet (dikonfirmasi dengan --yes atau di terminal). Melepas
tautan tidak mematikan Terima Otomatis.
  --concurrency N, --stop-on-error, --json, --csv seperti pada link
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: gobiz-outlets apply PLAN.csv [--dry-run] [--stop-on-error] [--concurrency N] [--yes]

One row per change, with a header row:
  outlet_id,product,action,external_outlet_id
product: gofood or payment; action: link or unlink; external_outlet_id
for links (or the one the journal keeps). UTF-8 with or without BOM;
&apos;,&apos; &apos;;&apos; or tab; CRLF; quoted fields (as Excel writes them). A row that
cannot be used is named by FILE:LINE and nothing is sent (exit 2).
  --dry-run        print what would be sent and what would be refused
</source>
        <translation>Penggunaan: gobiz-outlets apply PLAN.csv [--dry-run] [--stop-on-error] [--concurrency N] [--yes]

Satu baris per perubahan, dengan baris judul:
  outlet_id,product,action,external_outlet_id
product: gofood atau payment; action: link atau unlink; external_outlet_id
untuk tautan (atau yang disimpan jurnal). UTF-8 dengan atau tanpa BOM;
&apos;,&apos; &apos;;&apos; atau tab; CRLF; kolom berkutip (seperti yang ditulis Excel). Baris yang
tidak dapat dipakai disebut dengan FILE:LINE dan tidak ada yang dikirim (keluar 2).
  --dry-run        tampilkan yang akan dikirim dan yang akan ditolak
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: gobiz-outlets status [--json|--csv]

What the link journal knows: with a token, this merchant&apos;s cells and its
unfinished plan; without one, every unfinished plan, by merchant, and the
remembered accounts.
</source>
        <translation>Penggunaan: gobiz-outlets status [--json|--csv]

Apa yang diketahui jurnal tautan: dengan token, sel merchant ini dan rencananya
yang belum selesai; tanpa token, setiap rencana yang belum selesai, per merchant,
dan akun yang diingat.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: gobiz-outlets resume [--yes]

Completes the merchant&apos;s unfinished plan (after a crash, kill -9 or
Ctrl-C): what was asked for and not sent, and what was sent without an
answer (link and unlink are idempotent).
</source>
        <translation>Penggunaan: gobiz-outlets resume [--yes]

Menyelesaikan rencana merchant yang belum selesai (setelah crash, kill -9, atau
Ctrl-C): yang diminta tetapi belum dikirim, dan yang dikirim tanpa jawaban
(link dan unlink bersifat idempoten).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: gobiz-outlets report [--format csv|json]

The report of the last run of gobiz-outlets on this computer, from the
journal (no token needed), with GoBiz&apos;s request ids; never the token.
</source>
        <translation>Penggunaan: gobiz-outlets report [--format csv|json]

Laporan proses terakhir gobiz-outlets di komputer ini, dari jurnal
(tanpa token), dengan ID permintaan GoBiz; tidak pernah berisi token.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: gobiz-outlets login [--another-account]

Sign in with GoBiz (needs a partner profile): prints the link and the
pairing code on standard error, to open on any device (it works over
SSH), and remembers the sign-in in the keychain.
</source>
        <translation>Penggunaan: gobiz-outlets login [--another-account]

Masuk dengan GoBiz (memerlukan profil partner): menampilkan tautan dan
kode pasangan di error standar, untuk dibuka di perangkat mana pun (bisa
lewat SSH), dan mengingat sesi masuk di keychain.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: gobiz-outlets logout [--account KEY]

Forgets the remembered sign-in or token and ends it at the partner.
</source>
        <translation>Penggunaan: gobiz-outlets logout [--account KEY]

Melupakan sesi masuk atau token yang diingat dan mengakhirinya di partner.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: gobiz-outlets COMMAND [OPTIONS]

Links a GoBiz merchant&apos;s outlets to a facilitator partner, for GoFood and Payment,
with the wizard&apos;s engine, journal and sentences. Results on standard output,
progress and messages on standard error.

Commands:
  outlets                the merchant&apos;s outlets
  link OUTLET...         link outlets (--product gofood|payment)
  unlink OUTLET...       unlink outlets
  apply PLAN.csv         every change of a plan
  status                 what the journal knows
  resume                 complete an interrupted plan
  report                 the last run&apos;s report (--format csv|json)
  login, logout          sign in with GoBiz (partner profile), sign out

gobiz-outlets COMMAND --help says more.
</source>
        <translation>Penggunaan: gobiz-outlets PERINTAH [OPSI]

Menautkan outlet merchant GoBiz ke partner fasilitator, untuk GoFood dan Payment,
dengan mesin, jurnal, dan kalimat yang sama dengan wizard. Hasil di output standar,
progres dan pesan di error standar.

Perintah:
  outlets                outlet milik merchant
  link OUTLET...         tautkan outlet (--product gofood|payment)
  unlink OUTLET...       lepas tautan outlet
  apply PLAN.csv         setiap perubahan dalam sebuah rencana
  status                 apa yang diketahui jurnal
  resume                 selesaikan rencana yang terputus
  report                 laporan proses terakhir (--format csv|json)
  login, logout          masuk dengan GoBiz (profil partner), keluar

gobiz-outlets PERINTAH --help menjelaskan lebih lanjut.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliOutput.cpp" line="+17"/>
        <location filename="../../app/cli/Terminal.cpp" line="+119"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (%2), roles: %3</source>
        <translation>%1 (%2), peran: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>OUTLET ID</source>
        <translation>ID OUTLET</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>PRIMARY</source>
        <translation>UTAMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXTERNAL ID</source>
        <translation>ID EKSTERNAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GOFOOD</source>
        <translation>GOFOOD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PAYMENT</source>
        <translation>PAYMENT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PRODUCT</source>
        <translation>PRODUK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>HASIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHY</source>
        <translation>ALASAN</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 of %2 done</source>
        <translation>%1 dari %2 selesai</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n gagal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/CliRunner.cpp" line="+88"/>
        <source>Unknown environment &quot;%1&quot;: use production, sandbox or custom.</source>
        <translation>Lingkungan &quot;%1&quot; tidak dikenal: gunakan production, sandbox, atau custom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--base-url is only used with --environment custom.</source>
        <translation>--base-url hanya dipakai bersama --environment custom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The custom environment needs --base-url.</source>
        <translation>Lingkungan custom memerlukan --base-url.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A proxy password does not belong on the command line: set it in the wizard&apos;s Network settings, or use a proxy that needs none.</source>
        <translation>Kata sandi proxy tidak boleh diberikan lewat baris perintah: atur di Pengaturan jaringan pada wizard, atau gunakan proxy yang tidak memerlukannya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--proxy takes system, none, http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>--proxy menerima system, none, http://HOST:PORT, atau socks5://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The partner profile &quot;%1&quot; is not used: %2</source>
        <translation>Profil partner &quot;%1&quot; tidak dipakai: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing is remembered on this computer as &quot;%1&quot; for %2.</source>
        <translation>Tidak ada yang diingat di komputer ini sebagai &quot;%1&quot; untuk %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No access token: give one on standard input with --token-stdin or in GOBIZ_TOKEN, or sign in with gobiz-outlets login.</source>
        <translation>Tidak ada token akses: berikan lewat input standar dengan --token-stdin atau di GOBIZ_TOKEN, atau masuk dengan gobiz-outlets login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several accounts are remembered on this computer; choose one:</source>
        <translation>Beberapa akun diingat di komputer ini; pilih salah satu:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Standard input cannot be read.</source>
        <translation>Input standar tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Signed in: %1. Remembered on this computer as %2.</source>
        <translation>Sudah masuk: %1. Diingat di komputer ini sebagai %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%1 on %2: %n outlet(s).</source>
        <translation>
            <numerusform>%1 di %2: %n outlet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed on this computer: GoFood linked %1, not linked %2; Payment linked %3, not linked %4; the rest unknown.</source>
        <translation>Dikonfirmasi di komputer ini: GoFood tertaut %1, tidak tertaut %2; Payment tertaut %3, tidak tertaut %4; sisanya tidak diketahui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The journal holds no unfinished change.</source>
        <translation>Jurnal tidak menyimpan perubahan yang belum selesai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run gobiz-outlets resume to complete them.</source>
        <translation>Jalankan gobiz-outlets resume untuk menyelesaikannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered: --account %1 (%2)</source>
        <translation>Diingat: --account %1 (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No run of gobiz-outlets is recorded on this computer yet.</source>
        <translation>Belum ada proses gobiz-outlets yang tercatat di komputer ini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The partner profile signs in on %1: choose that environment.</source>
        <translation>Profil partner masuk di %1: pilih lingkungan itu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in needs a partner profile (--partner-profile FILE). Without one, give the token on standard input with --token-stdin.</source>
        <translation>Masuk memerlukan profil partner (--partner-profile FILE). Tanpa profil, berikan token lewat input standar dengan --token-stdin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open this link in a browser, on this computer or any other, and sign in with GoBiz:</source>
        <translation>Buka tautan ini di browser, di komputer ini atau komputer lain, lalu masuk dengan GoBiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairing code: %1 (check that the page shows the same code)</source>
        <translation>Kode pasangan: %1 (periksa apakah halaman menampilkan kode yang sama)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link works until %1.</source>
        <translation>Tautan berlaku sampai %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the sign-in… (Ctrl-C cancels)</source>
        <translation>Menunggu proses masuk… (Ctrl-C membatalkan)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The partner could not be told; the sign-in ends by itself when it expires.</source>
        <translation>Partner tidak dapat diberi tahu; sesi masuk berakhir sendiri saat kedaluwarsa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed out: %1 is no longer remembered on this computer.</source>
        <translation>Sudah keluar: %1 tidak lagi diingat di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../app/cli/Terminal.cpp" line="-31"/>
        <source>[y/N]</source>
        <translation>[y/T]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../app/cli/cli_main.cpp" line="+65"/>
        <source>Unknown language &quot;%1&quot;: use --lang en (English) or --lang id (Bahasa Indonesia).</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: gunakan --lang en (English) atau --lang id (Bahasa Indonesia).</translation>
    </message>
</context>
<context>
    <name>gobiz::cli::Plan</name>
    <message>
        <location filename="../../app/cli/CliChanges.cpp" line="-313"/>
        <location filename="../../app/cli/PlanCsv.cpp" line="+120"/>
        <source>Outlet %1 is not one of this merchant&apos;s outlets.</source>
        <translation>Outlet %1 bukan salah satu outlet merchant ini.</translation>
    </message>
    <message>
        <location filename="../../app/cli/PlanCsv.cpp" line="-67"/>
        <source>The first row must be the header outlet_id,product,action,external_outlet_id.</source>
        <translation>Baris pertama harus berupa judul outlet_id,product,action,external_outlet_id.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has a header but no rows.</source>
        <translation>Berkas memiliki judul tetapi tidak ada baris.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The outlet id is blank.</source>
        <translation>ID outlet kosong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown product &quot;%1&quot;: use gofood or payment.</source>
        <translation>Produk &quot;%1&quot; tidak dikenal: gunakan gofood atau payment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown action &quot;%1&quot;: use link or unlink.</source>
        <translation>Tindakan &quot;%1&quot; tidak dikenal: gunakan link atau unlink.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outlet %1 %2 is already on line %3: one change per outlet and product.</source>
        <translation>Outlet %1 %2 sudah ada di baris %3: satu perubahan per outlet dan produk.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A link needs the partner&apos;s external outlet id: fill in external_outlet_id.</source>
        <translation>Penautan memerlukan ID outlet eksternal partner: isi external_outlet_id.</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::BundlePreviewDialog</name>
    <message>
        <location filename="../../ui/BundlePreviewDialog.cpp" line="+30"/>
        <source>Diagnostics bundle</source>
        <translation>Bundel diagnostik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One .zip file to attach to your chat with support. It holds what this wizard recorded in this session: versions, settings, this merchant&apos;s journal, every request and the log. It holds no access token, no sign-in code and no password: each was replaced by [redacted]. Check it below before you save it.</source>
        <translation>Satu berkas .zip untuk dilampirkan di obrolan Anda dengan tim dukungan. Isinya yang dicatat wizard ini di sesi ini: versi, pengaturan, jurnal merchant ini, setiap permintaan, dan log. Tidak berisi token akses, kode masuk, atau kata sandi: masing-masing diganti dengan [redacted]. Periksa isinya di bawah sebelum Anda menyimpannya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files in the bundle</source>
        <translation>Berkas dalam bundel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Files:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content of the selected file</source>
        <translation>Isi berkas yang dipilih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontent:</source>
        <translation>&amp;Isi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Simpan bundel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved %1. Attach this file to your chat or e-mail with support.</source>
        <translation>%1 sudah disimpan. Lampirkan berkas ini di obrolan atau e-mail Anda dengan tim dukungan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gathering what goes into the bundle…</source>
        <translation>Mengumpulkan isi bundel…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more; all of it is in the bundle.</source>
        <translation>… dan %1 lagi; semuanya ada di dalam bundel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save diagnostics bundle</source>
        <translation>Simpan bundel diagnostik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archives (*.zip)</source>
        <translation>Arsip zip (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ChangeConfirmations</name>
    <message>
        <location filename="../../ui/ChangeConfirmations.cpp" line="+26"/>
        <source>Select one or more outlets in the table first.</source>
        <translation>Pilih dulu satu atau beberapa outlet di tabel.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Fill them in now…</source>
        <translation>&amp;Isi sekarang…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Send the other %n</source>
        <translation>
            <numerusform>&amp;Kirim %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+36"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message numerus="yes">
        <location line="-72"/>
        <source>%n outlet(s) need an external outlet ID first</source>
        <translation>
            <numerusform>%n outlet perlu ID outlet eksternal terlebih dahulu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>GoBiz links an outlet only with the partner&apos;s external outlet ID, and %n of the outlets you are linking have none yet. Fill them in now, and the link goes on with them; nothing has been sent.</source>
        <translation>
            <numerusform>GoBiz hanya menautkan outlet yang memiliki ID outlet eksternal dari mitra, dan %n dari outlet yang sedang Anda tautkan belum memilikinya. Isi sekarang, lalu penautan dilanjutkan dengan outlet tersebut; belum ada yang dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+34"/>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../../app/session/ChangeQuestions.cpp" line="+32"/>
        <source>GoFood and Payment</source>
        <translation>GoFood dan Pembayaran</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The partner can no longer act for %n outlet(s) on %1 until they are linked again.</source>
        <translation>
            <numerusform>Mitra tidak dapat lagi bertindak untuk %n outlet di %1 sampai outlet tersebut ditautkan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlinking does not switch Auto Accept off: GoBiz goes on accepting their GoFood orders automatically. If the cashier should confirm orders again, switch order acceptance back to manual in GoBiz.</source>
        <translation>Melepas tautan tidak menonaktifkan Terima Otomatis: GoBiz tetap menerima pesanan GoFood outlet tersebut secara otomatis. Jika kasir perlu mengonfirmasi pesanan lagi, ubah kembali penerimaan pesanan menjadi manual di GoBiz.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Unlink %n outlet(s) from %1?</source>
        <translation>
            <numerusform>Lepas tautan %n outlet dari %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeConfirmations.cpp" line="-22"/>
        <source>&amp;Unlink %n outlet(s)</source>
        <translation>
            <numerusform>&amp;Lepas tautan %n outlet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was unlinked.</source>
        <translation>Tidak ada tautan yang dilepas.</translation>
    </message>
    <message>
        <location filename="../../app/session/ChangeQuestions.cpp" line="+5"/>
        <source>These roles may not link outlets</source>
        <translation>Peran ini tidak boleh menautkan outlet</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeConfirmations.cpp" line="+9"/>
        <source>&amp;Don&apos;t send</source>
        <translation>&amp;Jangan kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;anyway</source>
        <translation>Tetap &amp;kirim</translation>
    </message>
    <message>
        <location filename="../../app/session/ChangeQuestions.cpp" line="+5"/>
        <source>GoFood orders will be accepted automatically</source>
        <translation>Pesanan GoFood akan diterima otomatis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet(s) you are linking now and to every GoFood link in this session. Unlinking later does not switch it back: that is done in GoBiz.</source>
        <translation>
            <numerusform>Saat outlet ditautkan ke GoFood, GoBiz mengubah penerimaan pesanannya menjadi Terima Otomatis: pesanan GoFood baru langsung diterima tanpa konfirmasi kasir. Ini berlaku untuk %n outlet yang sedang Anda tautkan dan untuk setiap penautan GoFood dalam sesi ini. Melepas tautan nanti tidak mengembalikannya: itu harus dilakukan di GoBiz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ChangeConfirmations.cpp" line="+18"/>
        <source>&amp;Link and use Auto Accept</source>
        <translation>&amp;Tautkan dan pakai Terima Otomatis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was linked to GoFood.</source>
        <translation>Tidak ada yang ditautkan ke GoFood.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sending %n interrupted change(s) again.</source>
        <translation>
            <numerusform>Mengirim ulang %n perubahan yang terputus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Sending %n stopped change(s).</source>
        <translation>
            <numerusform>Mengirim %n perubahan yang dihentikan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sending %n change(s) again.</source>
        <translation>
            <numerusform>Mengirim ulang %n perubahan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ExternalIdFillDialog</name>
    <message>
        <location filename="../../ui/ExternalIdFillDialog.cpp" line="+52"/>
        <source>All outlets &amp;without an external ID</source>
        <translation>Semua outlet tanpa ID &amp;eksternal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace external IDs that are already set</source>
        <translation>&amp;Ganti ID eksternal yang sudah diisi</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation type="vanished">Pilih file &amp;CSV…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fill external outlet IDs</source>
        <translation>Isi ID outlet eksternal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Pattern:</source>
        <translation>Po&amp;la:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{n} is a running number, {n:03} the same with three digits (001), {id} the GoBiz outlet ID. Write {{ or }} for a brace.</source>
        <translation>{n} adalah nomor urut, {n:03} sama tetapi tiga digit (001), {id} adalah ID outlet GoBiz. Tulis {{ atau }} untuk kurung kurawal.</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation type="vanished">&amp;Mulai dari:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>C&amp;hoose CSV file…</source>
        <translation>Pilih file &amp;CSV…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Star&amp;t at:</source>
        <translation>&amp;Mulai dari:</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>&amp;Selected outlets (%n)</source>
        <translation>
            <numerusform>Outlet &amp;terpilih (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;All outlets (%n)</source>
        <translation>
            <numerusform>&amp;Semua outlet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Examples: POS-{n:03} gives POS-001, POS-002, …; {id} uses the GoBiz outlet ID as your ID.</source>
        <translation>Contoh: POS-{n:03} menghasilkan POS-001, POS-002, …; {id} memakai ID outlet GoBiz sebagai ID Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Outlet ID</source>
        <translation>ID outlet</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Current external ID</source>
        <translation>ID eksternal saat ini</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>New external ID</source>
        <translation>ID eksternal baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the filled IDs</source>
        <translation>Pratinjau ID yang diisi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A CSV file with two columns, the GoBiz outlet ID and your external outlet ID, one outlet per line. A header row such as outlet_id,external_outlet_id is optional. Rows with a problem are shown and not applied.</source>
        <translation>File CSV dengan dua kolom, yaitu ID outlet GoBiz dan ID outlet eksternal Anda, satu outlet per baris. Baris judul seperti outlet_id,external_outlet_id boleh ada atau tidak. Baris yang bermasalah ditampilkan dan tidak diterapkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External ID</source>
        <translation>ID eksternal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the CSV file</source>
        <translation>Pratinjau file CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a patter&amp;n</source>
        <translation>Dari &amp;pola</translation>
    </message>
    <message>
        <source>From a &amp;pattern</source>
        <translation type="vanished">Dari &amp;pola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a CS&amp;V file</source>
        <translation>Dari file CS&amp;V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fill in</source>
        <translation>&amp;Isi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file</source>
        <translation>Pilih file CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>File CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (kept; not replaced)</source>
        <translation>%1 (tetap; tidak diganti)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No outlets to fill.</source>
        <translation>Tidak ada outlet yang perlu diisi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n outlet(s) already have an external ID and keep it.</source>
        <translation>
            <numerusform>%n outlet sudah memiliki ID eksternal dan tetap memakainya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is too large for a list of outlets (more than 8 MB).</source>
        <translation>%1 terlalu besar untuk daftar outlet (lebih dari 8 MB).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n row(s) will be filled in.</source>
        <translation>
            <numerusform>%n baris akan diisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) repeat an earlier row and are filled in once.</source>
        <translation>
            <numerusform>%n baris mengulang baris sebelumnya dan hanya diisi sekali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) have a problem and will not be applied: see the Result column.</source>
        <translation>
            <numerusform>%n baris bermasalah dan tidak akan diterapkan: lihat kolom Hasil.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a CSV file to see what it would fill in.</source>
        <translation>Pilih file CSV untuk melihat apa yang akan diisi.</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::InlineMessage</name>
    <message>
        <location filename="../../ui/InlineMessage.cpp" line="+80"/>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::JournalBanners</name>
    <message>
        <location filename="../../ui/JournalBanners.cpp" line="+51"/>
        <source>Check the &amp;journal again</source>
        <translation>Perik&amp;sa jurnal lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After freeing space or fixing the folder: write what is waiting and continue sending</source>
        <translation>Setelah mengosongkan ruang atau memperbaiki folder: tulis yang masih menunggu dan lanjutkan pengiriman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link journal is checked again: changes waiting to be sent continue, and each is recorded first.</source>
        <translation>Jurnal tautan diperiksa lagi: perubahan yang menunggu untuk dikirim dilanjutkan, dan masing-masing dicatat lebih dulu.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An earlier run left %n change(s) unfinished: %1. Complete them, or discard them?</source>
        <translation>
            <numerusform>Sesi sebelumnya meninggalkan %n perubahan yang belum selesai: %1. Selesaikan, atau buang?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the unfinished changes: safe, since GoBiz applies a link or unlink only once</source>
        <translation>Kirim perubahan yang belum selesai: aman, karena GoBiz menerapkan tautan atau pelepasan tautan hanya sekali</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were interrupted when the wizard last stopped: %1. Resume them, or discard them?</source>
        <translation type="vanished">
            <numerusform>%n perubahan terputus saat wizard terakhir kali berhenti: %1. Kirim ulang, atau buang?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Resu&amp;me</source>
        <translation>Kiri&amp;m ulang</translation>
    </message>
    <message>
        <source>Send the interrupted changes again: safe, since GoBiz applies a link or unlink only once</source>
        <translation type="vanished">Kirim ulang perubahan yang terputus: aman, karena GoBiz hanya menerapkan penautan atau pelepasan tautan satu kali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard</source>
        <translation>Bu&amp;ang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send nothing; those outlets show Unknown until they are changed again. The records stay in the journal.</source>
        <translation>Tidak mengirim apa pun; outlet tersebut menampilkan Tidak diketahui sampai diubah lagi. Catatannya tetap ada di jurnal.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n interrupted change(s) discarded: nothing was sent. Those outlets show Unknown until they are changed again; the records stay in the journal.</source>
        <translation>
            <numerusform>%n perubahan yang terputus dibuang: tidak ada yang dikirim. Outlet tersebut menampilkan Tidak diketahui sampai diubah lagi; catatannya tetap ada di jurnal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::NetworkLogWindow</name>
    <message>
        <location filename="../../ui/NetworkLogWindow.cpp" line="+36"/>
        <source>Network log — GoBiz Outlet Link Wizard</source>
        <translation>Log jaringan — GoBiz Outlet Link Wizard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All requests</source>
        <translation>Semua permintaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems only</source>
        <translation>Hanya yang bermasalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Tidak ada jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4xx (refused)</source>
        <translation>4xx (ditolak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx (GoBiz failed)</source>
        <translation>5xx (GoBiz gagal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>T&amp;ampilkan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outlet ID or path</source>
        <translation>ID outlet atau jalur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Outlet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Request details</source>
        <translation>Rincian permintaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a request to see its headers and bodies. The token and every sign-in secret are shown as [redacted].</source>
        <translation>Pilih sebuah permintaan untuk melihat header dan isinya. Token dan setiap rahasia masuk ditampilkan sebagai [redacted].</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy as c&amp;URL</source>
        <translation>Salin sebagai c&amp;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curl command for a terminal (bash). The token is written as &quot;$GOBIZ_TOKEN&quot;: set that variable in your own shell.</source>
        <translation>Perintah curl untuk terminal (bash). Token ditulis sebagai &quot;$GOBIZ_TOKEN&quot;: isi variabel itu di shell Anda sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cURL for &amp;Windows</source>
        <translation>cURL untuk &amp;Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same curl command for Windows&apos; Command Prompt (cmd.exe, curl.exe). The token is written as %GOBIZ_TOKEN%.</source>
        <translation>Perintah curl yang sama untuk Command Prompt Windows (cmd.exe, curl.exe). Token ditulis sebagai %GOBIZ_TOKEN%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Salin baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export HAR…</source>
        <translation>&amp;Ekspor HAR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every request of this session as a HAR file, without the token or any sign-in secret.</source>
        <translation>Setiap permintaan sesi ini sebagai berkas HAR, tanpa token atau rahasia masuk apa pun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics bundle…</source>
        <translation>Bundel &amp;diagnostik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Saved the session&apos;s %n request(s) to %1. It holds no token and no sign-in secret.</source>
        <translation>
            <numerusform>%n permintaan sesi ini sudah disimpan ke %1. Berkas itu tidak berisi token atau rahasia masuk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n permintaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 dari %n permintaan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the request as a curl command for the Command Prompt. Before you run it, set the merchant&apos;s token there: set GOBIZ_TOKEN=… (it was not copied).</source>
        <translation>Permintaan sudah disalin sebagai perintah curl untuk Command Prompt. Sebelum menjalankannya, isi token merchant di sana: set GOBIZ_TOKEN=… (token tidak ikut disalin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied the request as a curl command. Before you run it, set the merchant&apos;s token in your shell: export GOBIZ_TOKEN=… (it was not copied).</source>
        <translation>Permintaan sudah disalin sebagai perintah curl. Sebelum menjalankannya, isi token merchant di shell Anda: export GOBIZ_TOKEN=… (token tidak ikut disalin).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n baris sudah disalin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export HAR</source>
        <translation>Ekspor HAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR files (*.har)</source>
        <translation>Berkas HAR (*.har)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::NetworkSettingsDialog</name>
    <message>
        <location filename="../../ui/NetworkSettingsDialog.cpp" line="+20"/>
        <source>Use the &amp;system&apos;s proxy settings (recommended)</source>
        <translation>Gunakan pengaturan proksi &amp;sistem (disarankan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Tanpa proksi: sambung langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual &amp;HTTP proxy</source>
        <translation>Proksi &amp;HTTP manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual SOC&amp;KS5 proxy</source>
        <translation>Proksi SOC&amp;KS5 manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network settings</source>
        <translation>Pengaturan jaringan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hos&amp;t:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="vanished">H&amp;ost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User (optional):</source>
        <translation>&amp;Pengguna (opsional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Kata s&amp;andi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is used until the wizard closes; it is never saved.</source>
        <translation>Kata sandi hanya dipakai sampai wizard ditutup; tidak pernah disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual proxy</source>
        <translation>Proksi manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By default the wizard uses the same proxy as the rest of this computer. Field staff behind a shop or office proxy can set it here. A local demo server is always reached directly.</source>
        <translation>Secara bawaan, wizard memakai proksi yang sama dengan program lain di komputer ini. Petugas lapangan yang berada di balik proksi toko atau kantor dapat mengaturnya di sini. Server demo lokal selalu dihubungi secara langsung.</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletTablePanel</name>
    <message>
        <location filename="../../ui/OutletTablePanel.cpp" line="+37"/>
        <source>Link to &amp;GoFood</source>
        <translation>Tautkan ke &amp;GoFood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to Pa&amp;yment</source>
        <translation>Tautkan ke Pem&amp;bayaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fill external IDs…</source>
        <translation>Isi ID &amp;eksternal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="vanished">&amp;Ulangi yang gagal</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Name, outlet ID, address or external ID</source>
        <translation>Nama, ID outlet, alamat, atau ID eksternal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All outlets</source>
        <translation>Semua outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>Sedang diproses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked</source>
        <translation>Tertaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked</source>
        <translation>Tidak tertaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an external ID</source>
        <translation>Tanpa ID eksternal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the outlets whose GoFood or Payment cell is in this state</source>
        <translation>Tampilkan hanya outlet yang sel GoFood atau Pembayarannya berstatus ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlets</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Link the selected outlets to GoFood</source>
        <translation>Tautkan outlet terpilih ke GoFood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected outlets to Payment</source>
        <translation>Tautkan outlet terpilih ke Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlink…</source>
        <translation>Le&amp;pas tautan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the selected outlets</source>
        <translation>Lepas tautan outlet terpilih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink selected from &amp;GoFood</source>
        <translation>Lepas tautan outlet terpilih dari &amp;GoFood</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink selected from &amp;Payment</source>
        <translation>Lepas tautan outlet terpilih dari &amp;Pembayaran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill the external outlet IDs of the selected outlets from a pattern such as POS-{n:03}</source>
        <translation>Isi ID outlet eksternal untuk outlet terpilih dari pola seperti POS-{n:03}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import external outlet IDs from a CSV file of outlet ID, external ID</source>
        <translation>Impor ID outlet eksternal dari file CSV berisi ID outlet dan ID eksternal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sho&amp;w:</source>
        <translation>Tampilka&amp;n:</translation>
    </message>
    <message>
        <source>Send again every request that failed</source>
        <translation type="vanished">Kirim ulang setiap permintaan yang gagal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected outlets:</source>
        <translation>Outlet terpilih:</translation>
    </message>
    <message>
        <location filename="../../app/session/ChangeQuestions.cpp" line="-30"/>
        <location filename="../../ui/OutletTablePanel.cpp" line="+8"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/OutletTablePanel.cpp" line="+0"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/OutletTablePanel.cpp" line="+65"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1 of %2</source>
        <translation>Menampilkan %1 dari %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select an outlet to see its details here.</source>
        <translation>Pilih outlet untuk melihat detailnya di sini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (outlet ID %2)%3</source>
        <translation>%1 (ID outlet %2)%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, primary outlet</source>
        <translation>, outlet utama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External outlet ID: %1</source>
        <translation>ID outlet eksternal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (required before linking)</source>
        <translation>belum diisi (wajib sebelum menautkan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(linked at %1 by GoBiz)</source>
        <translation>(ditautkan pada %1 oleh GoBiz)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(request ID %1)</source>
        <translation>(ID permintaan %1)</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletWizard</name>
    <message>
        <location filename="../../ui/OutletWizard.cpp" line="+33"/>
        <location filename="../../ui/WelcomePage.cpp" line="+91"/>
        <source>GoBiz Outlet Link Wizard</source>
        <translation>Wizard Penautan Outlet GoBiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Network log</source>
        <translation>&amp;Log jaringan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export HAR…</source>
        <translation>&amp;Ekspor HAR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics bundle…</source>
        <translation>Bundel &amp;diagnostik…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network log (%1), a HAR file of this session and the diagnostics bundle for support.</source>
        <translation>Log jaringan (%1), berkas HAR sesi ini, dan bundel diagnostik untuk tim dukungan.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Finish without saving the report?</source>
        <translation>Selesai tanpa menyimpan laporan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving the report?</source>
        <translation>Tutup tanpa menyimpan laporan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes of this session are kept in the link journal, but their report for the merchant has not been saved. Save it on the Summary page first if the merchant or your team needs it.</source>
        <translation>Perubahan dalam sesi ini tersimpan di jurnal tautan, tetapi laporannya untuk merchant belum disimpan. Simpan dulu di halaman Ringkasan jika merchant atau tim Anda memerlukannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish without a report</source>
        <translation>&amp;Selesai tanpa laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close without a report</source>
        <translation>&amp;Tutup tanpa laporan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Resume, then close</source>
        <translation>Lan&amp;jutkan, lalu tutup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run is paused, so it finishes only once it is resumed.</source>
        <translation>Proses sedang dijeda, jadi baru selesai setelah dilanjutkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run waits for a new access token, so it cannot finish by itself.</source>
        <translation>Proses menunggu token akses baru, jadi tidak dapat selesai dengan sendirinya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations are still running</source>
        <translation>Operasi masih berjalan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save this merchant&apos;s report first?</source>
        <translation>Simpan dulu laporan merchant ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report of %1 has not been saved. Once you move on to the next merchant it can no longer be saved from the Summary page (the link journal keeps the changes).</source>
        <translation>Laporan %1 belum disimpan. Setelah Anda beralih ke merchant berikutnya, laporan itu tidak dapat lagi disimpan dari halaman Ringkasan (jurnal tautan tetap menyimpan perubahannya).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Simpan laporan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next merchant without a report</source>
        <translation>&amp;Merchant berikutnya tanpa laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Some link or unlink requests have not finished yet. Wait for them, or cancel them and close? Requests already sent may still be carried out by GoBiz; the table then shows those outlets as unknown.</source>
        <translation>Beberapa permintaan tautkan atau lepas tautan belum selesai. Tunggu sampai selesai, atau batalkan lalu tutup? Permintaan yang sudah dikirim mungkin tetap dijalankan oleh GoBiz; tabel lalu menampilkan outlet tersebut sebagai tidak diketahui.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Wait, then close</source>
        <translation>&amp;Tunggu, lalu tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel them and close</source>
        <translation>&amp;Batalkan lalu tutup</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Lanjutkan bekerja</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletsPage</name>
    <message>
        <source>Co&amp;ntinue with this token</source>
        <translation type="vanished">Lanjutkan &amp;dengan token ini</translation>
    </message>
    <message>
        <location filename="../../ui/OutletsPage.cpp" line="+40"/>
        <source>Outlets</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5: check GoFood or Payment to link an outlet, uncheck to unlink. Each cell shows what GoBiz confirmed.</source>
        <translation>Langkah 4 dari 5: centang GoFood atau Pembayaran untuk menautkan outlet, hapus centang untuk melepas tautan. Setiap sel menampilkan apa yang dikonfirmasi GoBiz.</translation>
    </message>
    <message>
        <source>New access &amp;token:</source>
        <translation type="vanished">Token akses ba&amp;ru:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Continuing with the new token.</source>
        <translation>Melanjutkan dengan token baru.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="vanished">Lan&amp;jutkan</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Stopped. Changes not sent yet stay as they were and can be sent later; outlets whose request was already sent show &quot;Unknown&quot;: GoBiz may or may not have applied it.</source>
        <translation>Dihentikan. Perubahan yang belum dikirim tetap seperti semula dan dapat dikirim nanti; outlet yang permintaannya sudah dikirim menampilkan &quot;Tidak diketahui&quot;: GoBiz mungkin sudah atau belum menerapkannya.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · GoBiz roles: %2 · %n outlet(s)</source>
        <translation>
            <numerusform>%1 · Peran GoBiz: %2 · %n outlet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · GoBiz roles: %2 · %n outlet(s) · primary outlet: %3</source>
        <translation>
            <numerusform>%1 · Peran GoBiz: %2 · %n outlet · outlet utama: %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GoBiz lists no outlets for this user. Sign in as a user who has access to the outlets.</source>
        <translation>GoBiz tidak mencantumkan outlet apa pun untuk pengguna ini. Masuklah sebagai pengguna yang memiliki akses ke outlet tersebut.</translation>
    </message>
    <message>
        <source>Select one or more outlets in the table first.</source>
        <translation type="vanished">Pilih dulu satu atau beberapa outlet di tabel.</translation>
    </message>
    <message>
        <source>These roles may not link outlets</source>
        <translation type="vanished">Peran ini tidak boleh menautkan outlet</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation type="vanished">&amp;Jangan kirim</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation type="vanished">Tetap &amp;kirim</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="vanished">Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>GoFood orders will be accepted automatically</source>
        <translation type="vanished">Pesanan GoFood akan diterima otomatis</translation>
    </message>
    <message numerus="yes">
        <source>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet(s) you are linking now and to every GoFood link in this session.</source>
        <translation type="vanished">
            <numerusform>Saat outlet ditautkan ke GoFood, GoBiz mengubah penerimaan pesanannya menjadi Terima Otomatis: pesanan GoFood baru langsung diterima tanpa konfirmasi kasir. Ini berlaku untuk %n outlet yang sedang Anda tautkan dan untuk setiap penautan GoFood dalam sesi ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link and use Auto Accept</source>
        <translation type="vanished">&amp;Tautkan dan pakai Terima Otomatis</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="vanished">&amp;Batal</translation>
    </message>
    <message>
        <source>Nothing was linked to GoFood.</source>
        <translation type="vanished">Tidak ada yang ditautkan ke GoFood.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n interrupted change(s) again.</source>
        <translation type="vanished">
            <numerusform>Mengirim ulang %n perubahan yang terputus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s) were not sent to %1: enter their external outlet ID first (double-click the cell, or use Fill external IDs).</source>
        <translation type="vanished">
            <numerusform>%n outlet tidak dikirim ke %1: isi dulu ID outlet eksternalnya (klik dua kali pada sel, atau gunakan Isi ID eksternal).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The wizard closes when the running requests have finished.</source>
        <translation>Wizard akan ditutup setelah permintaan yang sedang berjalan selesai.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n external outlet ID(s) filled in. Nothing is sent until you link.</source>
        <translation>
            <numerusform>%n ID outlet eksternal sudah diisi. Belum ada yang dikirim sampai Anda menautkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ReauthPanel</name>
    <message>
        <location filename="../../ui/ReauthPanel.cpp" line="+49"/>
        <source>C&amp;ontinue with this token</source>
        <translation>Lanjutkan &amp;dengan token ini</translation>
    </message>
    <message>
        <source>GoBiz no longer accepts the access token (it expired or was revoked). Everything not yet sent is kept: paste a new token for the same merchant and the run continues.</source>
        <translation type="vanished">GoBiz tidak lagi menerima token akses (kedaluwarsa atau dicabut). Semua yang belum dikirim tetap tersimpan: tempel token baru untuk merchant yang sama dan prosesnya berlanjut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New access to&amp;ken:</source>
        <translation>Token akses ba&amp;ru:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New access token</source>
        <translation>Token akses baru</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GoBiz no longer accepts the access token (it expired or was revoked). Everything not yet sent is kept: sign in again or paste a new token for the same merchant, and the run continues.</source>
        <translation>GoBiz tidak lagi menerima token akses (sudah kedaluwarsa atau dicabut). Semua yang belum terkirim tetap disimpan: masuk lagi atau tempel token baru untuk merchant yang sama, lalu proses berlanjut.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Checking the new token with GoBiz…</source>
        <translation>Memeriksa token baru ke GoBiz…</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::RunMessages</name>
    <message>
        <location filename="../../ui/RunMessages.cpp" line="+90"/>
        <source>Waiting for GoBiz, which asked us to slow down: sending continues by itself at %1 (%2 left). Nothing waiting was lost.</source>
        <translation>Menunggu GoBiz, yang meminta agar pengiriman diperlambat: pengiriman berlanjut dengan sendirinya pada %1 (%2 lagi). Permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for GoBiz, which asked us to slow down: sending may continue at %1 (%2 left). Press Resume to continue then by itself. Nothing waiting was lost.</source>
        <translation>Menunggu GoBiz, yang meminta agar pengiriman diperlambat: pengiriman boleh dilanjutkan pada %1 (%2 lagi). Tekan Lanjutkan agar pengiriman berlanjut dengan sendirinya pada saat itu. Permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wait GoBiz asked for is over. Press Resume to continue sending; nothing waiting was lost.</source>
        <translation>Waktu tunggu yang diminta GoBiz sudah berakhir. Tekan Lanjutkan untuk melanjutkan pengiriman; permintaan yang masih menunggu tidak hilang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;esume</source>
        <translation>Lan&amp;jutkan</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n change(s) did not go through (failed, or stopped after sending).</source>
        <translation>
            <numerusform>%n perubahan tidak berhasil (gagal, atau dihentikan setelah dikirim).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were not sent: the run was stopped before them.</source>
        <translation>
            <numerusform>%n perubahan tidak dikirim: proses dihentikan sebelum perubahan itu dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how them</source>
        <translation>Tampilkan &amp;outletnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the outlets whose change did not go through</source>
        <translation>Tampilkan hanya outlet yang perubahannya tidak berhasil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry failed</source>
        <translation>&amp;Ulangi yang gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again every change that did not go through</source>
        <translation>Kirim ulang setiap perubahan yang tidak berhasil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the &amp;stopped ones</source>
        <translation>Kirim &amp;yang dihentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the changes the run was stopped before</source>
        <translation>Kirim perubahan yang belum terkirim saat proses dihentikan</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::RunStatusPanel</name>
    <message>
        <location filename="../../ui/RunStatusPanel.cpp" line="+25"/>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress of the link operations</source>
        <translation>Kemajuan operasi penautan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending: changes not sent yet stay as they are, and can be sent later</source>
        <translation>Hentikan pengiriman: perubahan yang belum dikirim tetap seperti apa adanya dan dapat dikirim nanti</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 done</source>
        <translation>%1 selesai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unknown (stopped after sending)</source>
        <translation>%1 tidak diketahui (dihentikan setelah dikirim)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not sent (stopped)</source>
        <translation>%1 tidak dikirim (dihentikan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not sent (refused here)</source>
        <translation>%1 tidak dikirim (ditolak di sini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 remaining</source>
        <translation>%1 tersisa</translation>
    </message>
    <message>
        <source>Cancel every request that has not finished</source>
        <translation type="vanished">Batalkan setiap permintaan yang belum selesai</translation>
    </message>
    <message>
        <source>Cancelled. Outlets whose request was already sent show &quot;Unknown&quot;: GoBiz may or may not have applied it.</source>
        <translation type="vanished">Dibatalkan. Outlet yang permintaannya sudah dikirim menampilkan &quot;Tidak diketahui&quot;: GoBiz mungkin sudah atau belum menerapkannya.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Details of the current outlet</source>
        <translation>Detail outlet saat ini</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="vanished">Lan&amp;jutkan</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n failed request(s) again.</source>
        <translation type="vanished">
            <numerusform>Mengirim ulang %n permintaan yang gagal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 remaining</source>
        <translation type="vanished">%1 selesai, %2 gagal, %3 tersisa</translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown (stopped after sending)</source>
        <translation type="vanished">
            <numerusform>, %n tidak diketahui (dihentikan setelah dikirim)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation type="vanished">
            <numerusform>, %n tidak dikirim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::SignInHelpPage</name>
    <message>
        <location filename="../../ui/SignInHelpPage.cpp" line="+50"/>
        <source>Signing in to GoBiz</source>
        <translation>Masuk ke GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5: get the merchant&apos;s access token.</source>
        <translation>Langkah 2 dari 5: dapatkan token akses merchant.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The access token comes from your partner system. The merchant signs in to GoBiz on GoBiz&apos;s own page, with the phone number of their GoBiz account and a one-time code (OTP), and allows your integration. Your system then receives the token. Copy it and paste it on the next page. Never type the merchant&apos;s OTP into any other program.</source>
        <translation>Token akses berasal dari sistem mitra Anda. Merchant masuk ke GoBiz di halaman milik GoBiz sendiri, dengan nomor telepon akun GoBiz-nya dan kode sekali pakai (OTP), lalu memberi izin kepada integrasi Anda. Setelah itu sistem Anda menerima tokennya. Salin token itu dan tempel di halaman berikutnya. Jangan pernah mengetik OTP merchant di program lain.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Which phone number receives the code?</source>
        <translation>Nomor telepon mana yang menerima kode?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The one registered to the merchant&apos;s GoBiz account, which is not always the owner&apos;s own phone. Open the GoBiz app: the number is shown at the top of its main page and at the top of its Account page. The code usually arrives by WhatsApp; SMS is offered as another method.</source>
        <translation>Nomor yang terdaftar di akun GoBiz merchant, yang belum tentu nomor ponsel pemilik sendiri. Buka aplikasi GoBiz: nomor itu tampil di bagian atas halaman utama dan di bagian atas halaman Akun. Kode biasanya dikirim lewat WhatsApp; SMS tersedia sebagai metode lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GoBiz app, main page</source>
        <translation>Aplikasi GoBiz, halaman utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoBiz app, Account page</source>
        <translation>Aplikasi GoBiz, halaman Akun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawing of a phone: the registered phone number is highlighted at the top of the screen.</source>
        <translation>Gambar ponsel: nomor telepon yang terdaftar ditandai di bagian atas layar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz guide: linking outlets (for your developers):</source>
        <translation>Panduan GoBiz: menautkan outlet (untuk pengembang Anda):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On the next page, Sign in with GoBiz opens GoBiz&apos;s own sign-in page in your browser. The merchant signs in there with the phone number of their GoBiz account and a one-time code (OTP), and allows %1; the wizard then receives the token by itself. Never type the merchant&apos;s OTP into any other program.</source>
        <translation>Di halaman berikutnya, Masuk dengan GoBiz membuka halaman masuk milik GoBiz di browser Anda. Merchant masuk di sana dengan nomor telepon akun GoBiz-nya dan kode sekali pakai (OTP), lalu mengizinkan %1; wizard kemudian menerima token dengan sendirinya. Jangan pernah mengetik OTP merchant di program lain.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Buka di browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>&amp;Salin alamat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened in your browser.</source>
        <translation>Sudah dibuka di browser Anda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Use Copy link and paste it into a browser.</source>
        <translation>Browser tidak dapat dibuka. Gunakan Salin alamat, lalu tempel ke browser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link copied: %1</source>
        <translation>Alamat disalin: %1</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::SignInPanel</name>
    <message>
        <location filename="../../ui/SignInPanel.cpp" line="+19"/>
        <location line="+165"/>
        <source>&amp;Sign in with GoBiz</source>
        <translation>Masuk d&amp;engan GoBiz</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Use an&amp;other GoBiz account</source>
        <translation>Masuk dengan akun GoBiz lai&amp;n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish signing in in your browser</source>
        <translation>Selesaikan proses masuk di browser Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairing code:</source>
        <translation>Kode pasangan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with the phone number registered to the merchant&apos;s GoBiz account: the GoBiz app shows it at the top of its main page and of its Account page. The one-time code is sent to that number.</source>
        <translation>Masuk dengan nomor telepon yang terdaftar di akun GoBiz merchant: aplikasi GoBiz menampilkannya di bagian atas halaman utama dan halaman Akun. Kode sekali pakai (OTP) dikirim ke nomor itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;link again</source>
        <translation>Buka lagi di bro&amp;wser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Sali&amp;n tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel si&amp;gn-in</source>
        <translation>Batalkan p&amp;roses masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gn out</source>
        <translation>Kelua&amp;r</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens GoBiz&apos;s sign-in page in your browser</source>
        <translation>Membuka halaman masuk GoBiz di browser Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens GoBiz&apos;s sign-in page even if the browser is still signed in to another merchant&apos;s account</source>
        <translation>Membuka halaman masuk GoBiz walaupun browser masih masuk ke akun merchant lain</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing code</source>
        <translation>Kode pasangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser&apos;s sign-in page shows the same code</source>
        <translation>Halaman masuk di browser menampilkan kode yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the sign-in link, for a browser on this computer that did not open by itself</source>
        <translation>Menyalin tautan masuk, untuk browser di komputer ini yang tidak terbuka sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the system to open the sign-in page in your browser again</source>
        <translation>Meminta sistem membuka lagi halaman masuk di browser Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends this sign-in here and at the partner, and forgets it on this computer if it was remembered</source>
        <translation>Mengakhiri sesi masuk ini di sini dan di partner, dan melupakannya di komputer ini bila sesi itu diingat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked your browser to open the sign-in page.</source>
        <translation>Browser Anda sudah diminta membuka halaman masuk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be opened. Use Copy link and paste it into a browser on this computer.</source>
        <translation>Tidak ada browser yang dapat dibuka. Gunakan Salin tautan dan tempel di browser pada komputer ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link copied. Paste it into the address bar of a browser on this computer.</source>
        <translation>Tautan disalin. Tempel di bilah alamat browser pada komputer ini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in to the merchant&apos;s GoBiz account in your browser, with its phone number and the one-time code. GoBiz then gives %1 the token for this wizard: nothing to copy or paste.</source>
        <translation>Masuk ke akun GoBiz merchant di browser Anda, dengan nomor teleponnya dan kode sekali pakai (OTP). GoBiz lalu memberikan token untuk wizard ini kepada %1: tidak ada yang perlu disalin atau ditempel.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Asking %1 for a sign-in page…</source>
        <translation>Meminta halaman masuk kepada %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>GoBiz&apos;s sign-in page is open in your browser.</source>
        <translation>Halaman masuk GoBiz terbuka di browser Anda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page is open in your browser. Check that it shows the same pairing code.</source>
        <translation>Halaman masuk terbuka di browser Anda. Periksa apakah halaman itu menampilkan kode pasangan yang sama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser opened by itself. Use Copy link and paste it into a browser on this computer.</source>
        <translation>Tidak ada browser yang terbuka sendiri. Gunakan Salin tautan dan tempel di browser pada komputer ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in to GoBiz.</source>
        <translation>Sudah masuk ke GoBiz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Sign in a&amp;gain</source>
        <translation>Masuk lagi seka&amp;rang</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Signed in to GoBiz for %1.</source>
        <translation>Sudah masuk ke GoBiz untuk %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This sign-in works until %1 (%2 left).</source>
        <translation>Proses masuk ini berlaku sampai %1 (sisa %2).</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::SummaryPage</name>
    <message>
        <location filename="../../ui/SummaryPage.cpp" line="+38"/>
        <source>&amp;Save report…</source>
        <translation>Simpan &amp;laporan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to clipboard</source>
        <translation>Salin ke &amp;papan klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;merchant</source>
        <translation>&amp;Merchant berikutnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: what changed in this session, as GoBiz confirmed it.</source>
        <translation>Langkah 5 dari 5: apa yang berubah dalam sesi ini, sesuai konfirmasi GoBiz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report, one row per change, as CSV for Excel or JSON. It never contains the access token.</source>
        <translation>Simpan laporan, satu baris per perubahan, sebagai CSV untuk Excel atau JSON. Laporan tidak pernah berisi token akses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with the next merchant&apos;s token, on the same environment and connection</source>
        <translation>Masuk dengan token merchant berikutnya, di lingkungan dan koneksi yang sama</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="vanished">Outlet</translation>
    </message>
    <message>
        <source>Outlet ID</source>
        <translation type="vanished">ID outlet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="vanished">Produk</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Hasil</translation>
    </message>
    <message>
        <source>External outlet ID</source>
        <translation type="vanished">ID outlet eksternal</translation>
    </message>
    <message>
        <source>Linked at (GoBiz)</source>
        <translation type="vanished">Waktu tertaut (GoBiz)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Alasan</translation>
    </message>
    <message>
        <source>Changes in this session</source>
        <translation type="vanished">Perubahan dalam sesi ini</translation>
    </message>
    <message>
        <source>Save the report as CSV or JSON. It never contains the access token.</source>
        <translation type="vanished">Simpan laporan sebagai CSV atau JSON. Laporan tidak pernah berisi token akses.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preparing the summary…</source>
        <translation>Menyiapkan ringkasan…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed in this session.</source>
        <translation>Tidak ada yang diubah dalam sesi ini.</translation>
    </message>
    <message>
        <source>Linked: %1 · Unlinked: %2 · Failed: %3 · Unknown: %4</source>
        <translation type="vanished">Tertaut: %1 · Dilepas: %2 · Gagal: %3 · Tidak diketahui: %4</translation>
    </message>
    <message>
        <source>Reminder: the outlets linked to GoFood now accept GoFood orders automatically (Auto Accept). Tell the merchant, and make sure the partner system handles incoming orders.</source>
        <translation type="vanished">Pengingat: outlet yang ditautkan ke GoFood kini menerima pesanan GoFood secara otomatis (Terima Otomatis). Beri tahu merchant, dan pastikan sistem mitra menangani pesanan yang masuk.</translation>
    </message>
    <message>
        <source>GoFood</source>
        <translation type="vanished">GoFood</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">Pembayaran</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>gobiz-link-report-%1.csv</source>
        <translation>laporan-tautan-gobiz-%1.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel, separated by semicolons: Indonesia, most of Europe (*.csv)</source>
        <translation>CSV untuk Excel, dipisahkan titik koma: Indonesia, sebagian besar Eropa (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel, separated by commas: English-speaking countries (*.csv)</source>
        <translation>CSV untuk Excel, dipisahkan koma: negara berbahasa Inggris (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Report saved to %1. It contains no access token.</source>
        <translation>Laporan disimpan ke %1. Laporan ini tidak berisi token akses.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The summary was copied to the clipboard.</source>
        <translation>Ringkasan sudah disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::SummaryResults</name>
    <message>
        <location filename="../../ui/SummaryResults.cpp" line="+24"/>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet ID</source>
        <translation>ID outlet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External outlet ID</source>
        <translation>ID outlet eksternal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked at (GoBiz)</source>
        <translation>Waktu tertaut (GoBiz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Accept</source>
        <translation>Terima Otomatis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier in this run</source>
        <translation>Sebelumnya dalam proses ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes in this session</source>
        <translation>Perubahan dalam sesi ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show results</source>
        <translation>Tampilkan hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the outlets with one result, e.g. the failed ones.</source>
        <translation>Tampilkan hanya outlet dengan satu jenis hasil, misalnya yang gagal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w:</source>
        <translation>Tampilka&amp;n:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All results (%L1)</source>
        <translation>Semua hasil (%L1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::TableSorting</name>
    <message>
        <location filename="../../ui/TableSorting.cpp" line="+14"/>
        <source>Sort by the current column</source>
        <translation>Urutkan menurut kolom saat ini</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sorted by %1, ascending</source>
        <translation>Diurutkan menurut %1, naik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, descending</source>
        <translation>Diurutkan menurut %1, turun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In GoBiz&apos;s order.</source>
        <translation>Sesuai urutan GoBiz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the order asked.</source>
        <translation>Sesuai urutan permintaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sorts by the current column.</source>
        <translation>%1 mengurutkan menurut kolom saat ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sort by %1, &amp;ascending</source>
        <translation>Urutkan menurut %1, &amp;naik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by %1, &amp;descending</source>
        <translation>Urutkan menurut %1, t&amp;urun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;GoBiz&apos;s order</source>
        <translation>Urutan &amp;GoBiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Order asked</source>
        <translation>Urutan &amp;permintaan</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::TokenPage</name>
    <message>
        <location filename="../../ui/TokenPage.cpp" line="+36"/>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;demo token</source>
        <translation>Pakai token &amp;demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Ingat di komputer ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembered tokens</source>
        <translation>Token yang diingat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use</source>
        <translation>G&amp;unakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Ca&amp;ncel check</source>
        <translation type="vanished">&amp;Batalkan pemeriksaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel chec&amp;k</source>
        <translation>&amp;Batalkan pemeriksaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+175"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+185"/>
        <source>Step 3 of 5: paste the merchant&apos;s access token. It stays in memory, and in the system keychain only if you ask for it.</source>
        <translation>Langkah 3 dari 5: tempel token akses merchant. Token hanya disimpan di memori, dan di keychain sistem hanya jika Anda memintanya.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Access &amp;token:</source>
        <translation>T&amp;oken akses:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the token here</source>
        <translation>Tempel token di sini</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>S&amp;how token</source>
        <translation>Ta&amp;mpilkan token</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Show or hide the token</source>
        <translation>Tampilkan atau sembunyikan token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Hide token</source>
        <translation>Se&amp;mbunyikan token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the token from the clipboard</source>
        <translation>Tempel token dari papan klip</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check the remembered token for this account and continue</source>
        <translation>Periksa token yang diingat untuk akun ini, lalu lanjutkan</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Paste an access token &amp;instead</source>
        <translation>Tempel token akses sa&amp;ja</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove the remembered token for this account from this computer</source>
        <translation>Hapus token yang diingat untuk akun ini dari komputer ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the token</source>
        <translation>Memeriksa token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For a token your partner system already gave you</source>
        <translation>Untuk token yang sudah diberikan sistem partner Anda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in cancelled.</source>
        <translation>Proses masuk dibatalkan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out. %1 no longer keeps this sign-in.</source>
        <translation>Sudah keluar. %1 tidak lagi menyimpan sesi masuk ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out on this computer, but %1 could not be told. The sign-in ends there by itself when it expires.</source>
        <translation>Sudah keluar di komputer ini, tetapi %1 tidak dapat diberi tahu. Sesi masuk di sana berakhir sendiri saat kedaluwarsa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in. Checking the token with %1…</source>
        <translation>Sudah masuk. Memeriksa token dengan %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check cancelled.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the remembered token and checking it with GoBiz…</source>
        <translation>Membaca token yang diingat dan memeriksanya ke GoBiz…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The remembered token was removed from this computer.</source>
        <translation>Token yang diingat sudah dihapus dari komputer ini.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5: sign in to the merchant&apos;s GoBiz account, or paste an access token. The token stays in memory, and in the system keychain only if you ask for it.</source>
        <translation>Langkah 3 dari 5: masuk ke akun GoBiz merchant, atau tempel token akses. Token disimpan di memori, dan di keychain sistem hanya bila Anda memintanya.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Spaces, quotes or a &quot;Bearer&quot; prefix around the token were removed.</source>
        <translation>Spasi, tanda kutip, atau awalan &quot;Bearer&quot; di sekitar token sudah dibuang.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sign-in (or a pasted token) is kept in this computer&apos;s keychain, under a label with the primary outlet&apos;s name, so the next start needs no browser. Leave this off on a shared computer.</source>
        <translation>Sesi masuk (atau token yang ditempel) disimpan di keychain komputer ini dengan label berisi nama outlet utama, sehingga saat dibuka lagi tidak perlu browser. Jangan centang ini di komputer yang dipakai bersama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token is kept in this computer&apos;s keychain, under a label with the primary outlet&apos;s name. Leave this off on a shared computer.</source>
        <translation>Token disimpan di keychain komputer ini dengan label berisi nama outlet utama. Jangan centang ini di komputer yang dipakai bersama.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This computer has no keychain the wizard can use, so the token cannot be remembered.</source>
        <translation>Komputer ini tidak memiliki keychain yang dapat dipakai wizard, jadi token tidak dapat diingat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+48"/>
        <source>Checking the token with %1…</source>
        <translation>Memeriksa token di %1…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Tr&amp;y again</source>
        <translation>Coba la&amp;gi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GoBiz signed in %1 again, the merchant of the last run: the browser still remembers that account. For the next merchant, choose Use another GoBiz account and sign in with their phone number.</source>
        <translation>GoBiz kembali memasukkan %1, merchant dari proses sebelumnya: browser masih mengingat akun itu. Untuk merchant berikutnya, pilih Masuk dengan akun GoBiz lain dan masuk dengan nomor telepon merchant tersebut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Us&amp;e another GoBiz account</source>
        <translation>Pilih akun GoBi&amp;z lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue &amp;with %1</source>
        <translation>Lan&amp;jutkan dengan %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Try sa&amp;ving again</source>
        <translation>Coba simpan la&amp;gi</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="vanished">Coba la&amp;gi</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <source>Saving the token in this computer&apos;s keychain…</source>
        <translation>Menyimpan token di keychain komputer ini…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>GoBiz accepted the token; if you continue, it is forgotten when the wizard closes.</source>
        <translation>GoBiz menerima token ini; jika Anda melanjutkan, token akan dilupakan saat wizard ditutup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue for this &amp;session only</source>
        <translation>Lanjutkan untuk &amp;sesi ini saja</translation>
    </message>
    <message>
        <source>Try saving &amp;again</source>
        <translation type="vanished">Coba simpan la&amp;gi</translation>
    </message>
</context>
<context>
    <name>gobiz::ui::WelcomePage</name>
    <message>
        <location filename="../../ui/WelcomePage.cpp" line="-58"/>
        <source>C&amp;ustom address:</source>
        <translation>Alamat k&amp;ustom:</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation type="vanished">Pengaturan &amp;jaringan…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Net&amp;work settings…</source>
        <translation>Pengaturan &amp;jaringan…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Link GoBiz outlets to your integration</source>
        <translation>Tautkan outlet GoBiz ke integrasi Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 5: choose where GoBiz is.</source>
        <translation>Langkah 1 dari 5: pilih lingkungan GoBiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This wizard links a merchant&apos;s GoBiz outlets to your partner integration, for GoFood and for Payment, outlet by outlet. You sign in with the merchant&apos;s access token, choose the outlets, and see for each one what GoBiz confirmed.</source>
        <translation>Wizard ini menautkan outlet GoBiz milik merchant ke integrasi mitra Anda, untuk GoFood dan Pembayaran, satu per satu. Anda masuk dengan token akses merchant, memilih outlet, lalu melihat apa yang dikonfirmasi GoBiz untuk setiap outlet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Production (%1)</source>
        <translation>&amp;Produksi (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sandbox for testing (%1)</source>
        <translation>&amp;Sandbox untuk pengujian (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom API address</source>
        <translation>Alamat API kustom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is for partners using GoBiz facilitator integration, where the partner links each merchant&apos;s outlets. With direct integration no linking is needed, and you do not need this wizard.</source>
        <translation>Wizard ini untuk mitra yang memakai integrasi fasilitator GoBiz, yaitu mitra yang menautkan outlet setiap merchant. Dengan integrasi langsung, penautan tidak diperlukan dan Anda tidak memerlukan wizard ini.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy version</source>
        <translation>&amp;Salin versi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Behind a shop or office proxy? Set it here.</source>
        <translation>Memakai proksi toko atau kantor? Atur di sini.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1, primary outlet %2</source>
        <translation>%1, outlet utama %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n perubahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were interrupted when the wizard last stopped (%1), so GoBiz may or may not have applied them. They are kept: sign in to the same account and the Outlets page offers to resume or discard them.</source>
        <translation>
            <numerusform>%n perubahan terputus saat wizard terakhir kali berhenti (%1), sehingga GoBiz mungkin sudah atau belum menerapkannya. Perubahan itu disimpan: masuk ke akun yang sama, lalu halaman Outlet akan menawarkan untuk mengirim ulang atau membuangnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo mode: a local GoBiz sandbox with a demo merchant runs inside this program at %1. Nothing is sent to GoBiz.</source>
        <translation>Mode demo: sandbox GoBiz lokal dengan merchant demo berjalan di dalam program ini di %1. Tidak ada yang dikirim ke GoBiz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner: %1 (environment: %2). Sign in with GoBiz is offered on the Sign in page.</source>
        <translation>Partner: %1 (lingkungan: %2). Masuk dengan GoBiz tersedia di halaman Masuk.</translation>
    </message>
    <message>
        <source>Partner: %1. Its profile chooses %2 and offers Sign in with GoBiz on the Sign in page.</source>
        <translation type="vanished">Partner: %1. Profilnya memilih %2 dan menawarkan Masuk dengan GoBiz di halaman Masuk.</translation>
    </message>
</context>
</TS>
